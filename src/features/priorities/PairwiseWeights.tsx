import { useCallback, useState } from 'react';
import type { StoredProfile } from '@/domain';
import { labelOf, type DimensionOption } from './dimensionList';
import { ConsistencyNote } from './ConsistencyNote';
import { PairwiseQuestion } from './PairwiseQuestion';
import {
  dimensionPairs,
  judgmentOf,
  pairwiseOutcome,
  scaleValueOf,
  withJudgment,
  type PairwiseOutcome,
} from './pairwise';
import { useProfileEditor } from './profileEdits';
import { formatWeightShare } from './weightMath';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** AHP: one question per pair of dimensions (Saaty's 1–9 scale), weights from the principal eigenvector. */
export function PairwiseWeights({
  profile,
  dimensions,
}: {
  profile: StoredProfile;
  dimensions: DimensionOption[];
}) {
  const edit = useProfileEditor(profile.id);
  const [error, setError] = useState<string | null>(null);
  const ids = dimensions.map((d) => d.id);
  const idsKey = ids.join('|');
  const label = (id: string) => labelOf(dimensions, id);

  let outcome: PairwiseOutcome | null = null;
  let engineError: string | null = null;
  try {
    outcome = pairwiseOutcome(ids, profile.pairwise);
  } catch (e) {
    engineError = errorText(e);
  }

  // Stable across renders (edits read the stored judgments), so unchanged questions skip re-rendering.
  const apply = useCallback(
    (change: (pairwise: Record<string, number>) => Record<string, number>) => {
      const dimensionIds = idsKey.split('|');
      let failure: string | null = null;
      const rejected = edit((p) => {
        const pairwise = change(p.pairwise);
        try {
          return {
            ...p,
            pairwise,
            weights: pairwiseOutcome(dimensionIds, pairwise).weights,
            method: 'ahp',
          };
        } catch (e) {
          failure = errorText(e);
          return p;
        }
      });
      setError(failure ?? rejected);
    },
    [edit, idsKey],
  );
  const answer = useCallback(
    (a: string, b: string, value: number) => apply((pw) => withJudgment(pw, a, b, value)),
    [apply],
  );

  return (
    <div className="pairwise">
      {outcome ? (
        <div className="pairwise__result">
          <p className="field-label" id={`pairwise-weights-${profile.id}`}>
            Resulting weights
          </p>
          <ul
            className="pairwise__weights small"
            aria-labelledby={`pairwise-weights-${profile.id}`}
          >
            {ids.map((id) => (
              <li key={id}>
                {label(id)}{' '}
                <span className="num">{formatWeightShare((outcome.weights[id] ?? 0) / 100)}</span>
              </li>
            ))}
          </ul>
          <ConsistencyNote cr={outcome.cr} worst={outcome.worst} label={label} />
        </div>
      ) : null}
      {error || engineError ? (
        <p className="field__error" role="alert">
          {error ?? engineError}
        </p>
      ) : null}
      <div className="pairwise__questions">
        {dimensionPairs(ids).map(({ a, b }) => (
          <PairwiseQuestion
            key={`${a}>${b}`}
            a={a}
            b={b}
            aLabel={label(a)}
            bLabel={label(b)}
            value={scaleValueOf(judgmentOf(profile.pairwise, a, b))}
            onAnswer={answer}
          />
        ))}
      </div>
      <button type="button" className="btn btn--small" onClick={() => apply((pw) => pw)}>
        Use these pairwise weights
      </button>
    </div>
  );
}
