import { useState } from 'react';
import type { StoredProfile, WeightMethod } from '@/domain';
import type { DimensionOption } from './dimensionList';
import { DirectWeights } from './DirectWeights';
import { RankingWeights } from './RankingWeights';
import { PairwiseWeights } from './PairwiseWeights';

const METHODS: { id: WeightMethod; label: string; hint: string }[] = [
  { id: 'direct', label: 'Sliders', hint: 'Set each weight directly.' },
  {
    id: 'rank',
    label: 'Ranking',
    hint: 'Order the dimensions; rank-order-centroid weights follow.',
  },
  { id: 'ahp', label: 'Pairwise questions', hint: 'Compare two dimensions at a time (AHP).' },
];

/** Three ways to set the weights; each ends in the profile's stored `weights`. */
export function WeightsPanel({
  profile,
  dimensions,
}: {
  profile: StoredProfile;
  dimensions: DimensionOption[];
}) {
  // Reopens the method the weights were last set with; switching only changes the view.
  const [method, setMethod] = useState<WeightMethod>(profile.method);
  const current = METHODS.find((m) => m.id === method) ?? METHODS[0]!;

  return (
    <section className="card" aria-labelledby="weights-heading">
      <h2 id="weights-heading">What matters to you</h2>
      <fieldset className="segmented">
        <legend className="visually-hidden">Set weights by</legend>
        {METHODS.map((m) => (
          <label key={m.id} className="segmented__option">
            <input
              type="radio"
              name={`weight-method-${profile.id}`}
              value={m.id}
              checked={method === m.id}
              onChange={() => setMethod(m.id)}
            />
            <span>{m.label}</span>
          </label>
        ))}
      </fieldset>
      <p className="muted small">
        {current.hint}
        {profile.method !== method ? ' Changing anything here replaces the current weights.' : null}
      </p>
      {method === 'direct' && <DirectWeights profile={profile} dimensions={dimensions} />}
      {method === 'rank' && <RankingWeights profile={profile} dimensions={dimensions} />}
      {method === 'ahp' && <PairwiseWeights profile={profile} dimensions={dimensions} />}
    </section>
  );
}
