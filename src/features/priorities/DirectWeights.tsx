import { useId, useState } from 'react';
import { normalizedWeights, type StoredProfile } from '@/domain';
import type { DimensionOption } from './dimensionList';
import { useProfileEditor } from './profileEdits';
import { formatWeightShare } from './weightMath';

/** One 0–100 slider per dimension, each showing its normalized share of the score. */
export function DirectWeights({
  profile,
  dimensions,
}: {
  profile: StoredProfile;
  dimensions: DimensionOption[];
}) {
  const edit = useProfileEditor(profile.id);
  const [error, setError] = useState<string | null>(null);
  const baseId = useId();
  const shares = normalizedWeights(profile);

  const change = (id: string, value: number) => {
    setError(edit((p) => ({ ...p, weights: { ...p.weights, [id]: value }, method: 'direct' })));
  };

  return (
    <div className="weight-sliders">
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {dimensions.map((d) => {
        const inputId = `${baseId}-${d.id}`;
        const weight = profile.weights[d.id] ?? 0;
        const share = formatWeightShare(shares[d.id] ?? 0);
        return (
          <div key={d.id} className="weight-slider">
            <label htmlFor={inputId}>{d.label}</label>
            <input
              id={inputId}
              type="range"
              min={0}
              max={100}
              step={1}
              value={weight}
              aria-valuetext={`${weight}, ${share} of the score`}
              onChange={(e) => change(d.id, Number(e.target.value))}
            />
            <output htmlFor={inputId} className="num" aria-label={`${d.label} share`}>
              {share}
            </output>
          </div>
        );
      })}
    </div>
  );
}
