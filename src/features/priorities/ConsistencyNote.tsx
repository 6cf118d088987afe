import { CR_LIMIT, describeWorstJudgment, type PairwiseOutcome } from './pairwise';

interface ConsistencyNoteProps {
  cr: number;
  worst: PairwiseOutcome['worst'];
  label: (id: string) => string;
}

/** The consistency ratio, and above 0.10 a warning that names the answer that fits least. */
export function ConsistencyNote({ cr, worst, label }: ConsistencyNoteProps) {
  const inconsistent = cr > CR_LIMIT;
  return (
    <div role="status" className={inconsistent ? 'notice' : 'small muted'}>
      <p className={inconsistent ? '' : 'small'}>
        Consistency ratio <span className="num">{cr.toFixed(2)}</span>
        {inconsistent
          ? ` — above ${CR_LIMIT.toFixed(2)}: these judgments are inconsistent, so the weights are not reliable yet.`
          : ` (${CR_LIMIT.toFixed(2)} or below is consistent enough).`}
      </p>
      {inconsistent && worst ? (
        <p>{describeWorstJudgment(worst, label)} Revisit that answer first.</p>
      ) : null}
    </div>
  );
}
