import { useCallback, useState } from 'react';
import type { StoredPanelMember } from '@/domain';
import { PairwiseQuestion } from '@/components/weights/PairwiseQuestion';
import {
  CR_LIMIT,
  dimensionPairs,
  judgmentOf,
  pairwiseOutcome,
  scaleValueOf,
  withJudgment,
} from '@/components/weights/pairwise';
import { formatWeightShare } from '@/components/weights/weightMath';
import type { PanelDimension } from './panelModel';
import { useMemberEditor } from './memberEdits';

/** The weights and CR of the answers, or null when the engine refuses them (the questions still work). */
function safeOutcome(ids: string[], pairwise: Record<string, number>) {
  try {
    return pairwiseOutcome(ids, pairwise);
  } catch {
    return null;
  }
}

/** The member's AHP questions (Saaty 1–9), the weights they imply and their consistency. */
export function MemberPairwise({
  panelId,
  member,
  dimensions,
}: {
  panelId: string;
  member: StoredPanelMember;
  dimensions: PanelDimension[];
}) {
  const edit = useMemberEditor(panelId, member.id);
  const [error, setError] = useState<string | null>(null);
  const ids = dimensions.map((d) => d.id);
  const label = (id: string) => dimensions.find((d) => d.id === id)?.label ?? id;
  const outcome = safeOutcome(ids, member.pairwise);
  const answer = useCallback(
    (a: string, b: string, value: number) =>
      setError(
        edit((m) => ({ ...m, pairwise: withJudgment(m.pairwise, a, b, value), method: 'ahp' })),
      ),
    [edit],
  );
  const inconsistent = outcome !== null && outcome.cr > CR_LIMIT;

  return (
    <div className="pairwise">
      {outcome ? (
        <>
          <p className="small">
            Weights from these answers:{' '}
            {ids.map((id, i) => (
              <span key={id}>
                {i > 0 ? ', ' : ''}
                {label(id)}{' '}
                <span className="num">{formatWeightShare((outcome.weights[id] ?? 0) / 100)}</span>
              </span>
            ))}
            .
          </p>
          <p className={inconsistent ? 'notice small' : 'small muted'} role="status">
            Consistency ratio <span className="num">{outcome.cr.toFixed(2)}</span>
            {inconsistent
              ? ` — above ${CR_LIMIT.toFixed(2)}: ${member.name}'s answers contradict each other; the view still counts, flagged.`
              : ` (${CR_LIMIT.toFixed(2)} or below is consistent enough).`}
          </p>
        </>
      ) : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
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
            value={scaleValueOf(judgmentOf(member.pairwise, a, b))}
            onAnswer={answer}
          />
        ))}
      </div>
      {member.method !== 'ahp' ? (
        <button
          type="button"
          className="btn btn--small"
          onClick={() => setError(edit((m) => ({ ...m, method: 'ahp' })))}
        >
          Use these answers
        </button>
      ) : null}
    </div>
  );
}
