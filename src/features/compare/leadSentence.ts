import { CLOSE_CALL_POINTS, explainLead, type WorkspaceSummary } from '@/domain';
import { mustHaveText, signedPoints, type LabelOf } from './labels';

export interface LeadExplanation {
  /** "Frontier lab leads Public company by 6.2 points: +9.0 from Data access, …" */
  sentence: string;
  /** Set when the top two are within CLOSE_CALL_POINTS of each other. */
  closeCall: string | null;
}

/** How many drivers the sentence names: enough to explain, few enough to read. */
const MAX_DRIVERS = 3;

/** Why the leader leads, in words; null when fewer than two offers have a score. */
export function leadSentence(summary: WorkspaceSummary, labelOf: LabelOf): LeadExplanation | null {
  const scored = summary.ranking.filter((s) => s.evaluation !== null);
  const [leader, runnerUp] = scored;
  if (!leader?.evaluation || !runnerUp?.evaluation) return null;

  const { gap, drivers } = explainLead(leader.evaluation, runnerUp.evaluation);
  const named = drivers
    .filter((d) => Math.abs(d.delta) >= 0.05)
    .slice(0, MAX_DRIVERS)
    .map((d) => `${signedPoints(d.delta)} from ${labelOf(d.dimension)}`);
  const because = named.length ? `: ${named.join(', ')}` : '';

  // Eligible offers rank first, so a leader can trail an offer that misses a must-have.
  if (leader.evaluation.eligible && !runnerUp.evaluation.eligible) {
    const missed = runnerUp.evaluation.failedConstraints
      .map((c) => mustHaveText(c, labelOf, summary.profile.currency))
      .join(', ');
    const higher =
      gap < 0 ? ` even though it scores ${Math.abs(gap).toFixed(1)} points higher` : '';
    return {
      sentence: `${leader.offer.name} leads because ${runnerUp.offer.name} misses a must-have (${missed})${higher}.`,
      closeCall: null,
    };
  }

  const sentence =
    Math.abs(gap) < 0.05
      ? `${leader.offer.name} and ${runnerUp.offer.name} tie at ${leader.evaluation.score.toFixed(1)} points.`
      : `${leader.offer.name} leads ${runnerUp.offer.name} by ${gap.toFixed(1)} points${because}.`;
  const closeCall =
    gap <= CLOSE_CALL_POINTS
      ? `Close call: the top two are within ${CLOSE_CALL_POINTS} points. A small change in your priorities or in either offer could swap them.`
      : null;
  return { sentence, closeCall };
}
