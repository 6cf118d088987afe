import { useId, useState } from 'react';
import { normalizedWeights, type StoredProfile } from '@/domain';
import type { DimensionOption } from './dimensionList';
import { useProfileEditor } from './profileEdits';
import { formatWeightShare, sliderPosition, weightsWithShare } from './weightMath';

/**
 * One slider per dimension, positioned at its share of the score (0–100%), one point per step.
 * Moving one sets its share; the others keep their proportions and share the rest.
 */
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

  const ids = dimensions.map((d) => d.id);
  const change = (id: string, sharePct: number) => {
    setError(
      edit((p) => ({
        ...p,
        weights: weightsWithShare(p.weights, ids, id, sharePct),
        method: 'direct',
      })),
    );
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
        const fraction = shares[d.id] ?? 0;
        const share = formatWeightShare(fraction);
        return (
          <div key={d.id} className="weight-slider">
            <label htmlFor={inputId}>{d.label}</label>
            <input
              id={inputId}
              type="range"
              min={0}
              max={100}
              step={1}
              value={sliderPosition(fraction)}
              aria-valuetext={`${share} of the score`}
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
