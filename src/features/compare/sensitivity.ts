import {
  breakEvenBase,
  leaderRangesFromEvaluations,
  type OfferSummary,
  type WorkspaceSummary,
} from '@/domain';
import { formatMoney } from '@/components/format';
import { percentOf, type LabelOf } from './labels';

export interface WeightRangeRow {
  dimension: string;
  label: string;
  /** "Data access: now 20%; leader stays ahead from 8% to 100%" */
  text: string;
  current: number;
  min: number;
  max: number;
}

export interface SensitivityModel {
  leader: OfferSummary;
  runnerUp: OfferSummary;
  rows: WeightRangeRow[];
  /** "Public company needs +$38,000 base to match Frontier lab" */
  breakEven: string;
}

/** Engine calls can fail on one pair (a missing exchange rate): show nothing rather than crash. */
function attempt<T>(run: () => T): T | null {
  try {
    return run();
  } catch {
    return null;
  }
}

/** Sensitivity of the top two offers: how far each weight can move before the lead changes. */
export function buildSensitivity(
  summary: WorkspaceSummary,
  fxRates: Record<string, number>,
  labelOf: LabelOf,
): SensitivityModel | null {
  const [leader, runnerUp] = summary.ranking.filter((s) => s.evaluation !== null);
  if (!leader || !runnerUp) return null;
  const options = { fxRates };
  // From the summary's own evaluations, so Score on take-home (after-tax cash) applies here too.
  const ranges =
    attempt(() => leaderRangesFromEvaluations(leader.evaluation!, runnerUp.evaluation!)) ?? {};
  const rows = Object.entries(ranges).map(([dimension, r]) => ({
    dimension,
    label: labelOf(dimension),
    current: r.current,
    min: r.min,
    max: r.max,
    text: `${labelOf(dimension)}: now ${percentOf(r.current)}; leader stays ahead from ${percentOf(r.min)} to ${percentOf(r.max)}`,
  }));
  const amount = attempt(() =>
    breakEvenBase(runnerUp.modeled, leader.modeled, summary.profile, options),
  );
  const breakEven =
    amount === null
      ? `${runnerUp.offer.name}: no base raise can close the gap to ${leader.offer.name}`
      : amount === 0
        ? `${runnerUp.offer.name} already scores as high as ${leader.offer.name}`
        : `${runnerUp.offer.name} needs +${formatMoney(Math.ceil(amount), runnerUp.modeled.currency)} base to match ${leader.offer.name}`;
  // The break-even search re-scores with more base, which would change the tax: it stays pre-tax.
  const basis = summary.profile.scoreOnTakeHome ? ' (scored on pre-tax cash)' : '';
  return { leader, runnerUp, rows, breakEven: breakEven + basis };
}
