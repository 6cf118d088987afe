import type { LeadExplanation } from './leadSentence';

/** Why the leader leads, in one sentence, and a notice when it is too close to call. */
export function InWords({ explanation }: { explanation: LeadExplanation }) {
  return (
    <section className="card cmp-in-words" aria-labelledby="cmp-in-words-heading">
      <h2 id="cmp-in-words-heading">In words</h2>
      <p className="cmp-in-words__sentence">{explanation.sentence}</p>
      {explanation.closeCall ? (
        <p className="notice" role="status">
          {explanation.closeCall}
        </p>
      ) : null}
    </section>
  );
}
