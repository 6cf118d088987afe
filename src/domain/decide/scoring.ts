import { compensationByYear } from '../money/compensation';
import { fxRate } from '../money/currency';
import { DEFAULT_RATING } from '../dimensions';
import type { Offer } from '../schemas/offer';
import type { Profile } from '../schemas/profile';
import type {
  Contribution,
  EvaluateOptions,
  Evaluation,
  FailedConstraint,
  YearBreakdown,
} from '../types';

/** W_i = weight_i / Σ weights over the dimensions with a positive weight (a missing weight is 0). */
export function normalizedWeights(profile: Profile): Record<string, number> {
  let total = 0;
  for (const w of Object.values(profile.weights)) if (w > 0) total += w;
  const out: Record<string, number> = {};
  if (!(total > 0)) return out;
  for (const [id, w] of Object.entries(profile.weights)) if (w > 0) out[id] = w / total;
  return out;
}

/** Money utility: clamp((x − floor) / (target − floor), 0, 1). */
export function moneyUtility(x: number, floor: number, target: number): number {
  if (!(target > floor)) return x >= target ? 1 : 0;
  return Math.min(1, Math.max(0, (x - floor) / (target - floor)));
}

/** Raw values of the money dimensions and constraint quantities, in the profile's currency. */
export interface RawMoney {
  cash: number; // average yearly cash over the horizon
  equity: number; // average yearly risk-adjusted equity over the horizon
  base: number; // year-1 base
  totalComp: number; // average yearly total comp over the horizon
}

/** Averages over the horizon rows, converted with `rate` (profile units per offer unit). */
export function rawMoney(rows: readonly YearBreakdown[], rate: number): RawMoney {
  let cash = 0;
  let equity = 0;
  let totalComp = 0;
  for (const r of rows) {
    cash += r.cash;
    equity += r.equity;
    totalComp += r.totalComp;
  }
  const n = rows.length || 1;
  return {
    cash: (cash / n) * rate,
    equity: (equity / n) * rate,
    base: (rows[0]?.base ?? 0) * rate,
    totalComp: (totalComp / n) * rate,
  };
}

function rawValue(dimension: string, offer: Offer, money: RawMoney): number {
  if (dimension === 'cash') return money.cash;
  if (dimension === 'equity') return money.equity;
  if (dimension === 'base') return money.base;
  if (dimension === 'totalComp') return money.totalComp;
  return offer.ratings[dimension] ?? DEFAULT_RATING;
}

/** Utility in [0, 1]: money by the profile's floor/target, ratings by rating / 10. */
function utilityOf(dimension: string, value: number, profile: Profile): number {
  if (dimension === 'cash')
    return moneyUtility(value, profile.money.cash.floor, profile.money.cash.target);
  if (dimension === 'equity')
    return moneyUtility(value, profile.money.equity.floor, profile.money.equity.target);
  return Math.min(1, Math.max(0, value / 10));
}

/** Scores an offer from its horizon rows (already computed) — shared by evaluateOffer and summaries. */
export function evaluateFromRows(
  offer: Offer,
  rows: readonly YearBreakdown[],
  profile: Profile,
  options?: EvaluateOptions,
): Evaluation {
  const rate = fxRate(offer.currency, profile.currency, options?.fxRates);
  const money = rawMoney(rows, rate);
  if (options?.cashAfterTax !== undefined) money.cash = options.cashAfterTax * rate;
  const contributions: Contribution[] = [];
  let score = 0;
  for (const [dimension, weight] of Object.entries(normalizedWeights(profile))) {
    const value = rawValue(dimension, offer, money);
    const utility = utilityOf(dimension, value, profile);
    const points = 100 * weight * utility; // Points_i = 100 × W_i × u_i
    score += points;
    contributions.push({ dimension, weight, value, utility, points });
  }
  const failedConstraints: FailedConstraint[] = [];
  for (const c of profile.constraints) {
    const value = rawValue(c.dimension, offer, money);
    if (value < c.min) failedConstraints.push({ dimension: c.dimension, min: c.min, value });
  }
  return {
    score: Math.min(100, Math.max(0, score)),
    eligible: failedConstraints.length === 0,
    failed: failedConstraints.map((f) => f.dimension),
    failedConstraints,
    contributions,
  };
}

/** Score in [0, 100] against the profile, over its horizon; money converted with options.fxRates. */
export function evaluateOffer(
  offer: Offer,
  profile: Profile,
  options?: EvaluateOptions,
): Evaluation {
  return evaluateFromRows(offer, compensationByYear(offer, profile.horizonYears), profile, options);
}
