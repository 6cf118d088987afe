import { useState } from 'react';
import { PercentField } from '@/components/PercentField';
import { formatPercent } from '@/components/format';
import { weightSum, weightsSumTo100 } from './vestingPresets';

interface Props {
  weights: readonly number[];
  /** Called only with weights that sum to 100; returns the store's message if it rejects them. */
  onCommit: (weights: number[]) => string | null;
}

/**
 * One percent field per vesting year. Edits are kept here until they sum to 100, because every
 * intermediate state of a one-field-at-a-time edit is invalid for the model.
 */
export function CustomWeights({ weights, onCommit }: Props) {
  const [draft, setDraft] = useState<number[]>([...weights]);
  const key = weights.join('/');
  const [seen, setSeen] = useState(key);
  const [storeError, setStoreError] = useState<string | null>(null);
  if (seen !== key) {
    // The stored weights changed elsewhere (preset, undo): start over from them.
    setSeen(key);
    setDraft([...weights]);
  }

  const setWeight = (index: number, value: number) => {
    const next = draft.map((w, i) => (i === index ? value : w));
    setDraft(next);
    setStoreError(weightsSumTo100(next) ? onCommit(next) : null);
  };
  const sum = weightSum(draft);

  return (
    <fieldset className="offer-custom-weights">
      <legend>Custom year weights</legend>
      <div className="fields">
        {draft.map((w, i) => (
          <PercentField
            key={i}
            label={`Year ${i + 1}`}
            value={w}
            onChange={(v) => setWeight(i, v)}
          />
        ))}
      </div>
      {weightsSumTo100(draft) ? (
        <p className="muted small">Sums to 100%.</p>
      ) : (
        <p className="field__error" role="alert">
          The year weights sum to {formatPercent(sum, sum % 1 === 0 ? 0 : 2)}; they must sum to
          100%. Nothing is saved until they do.
        </p>
      )}
      {storeError ? (
        <p className="field__error" role="alert">
          {storeError}
        </p>
      ) : null}
    </fieldset>
  );
}
