/** The decision table: each member's score of each offer and the offer each view picks (§2.5). */
import { compensationByYear } from '../money/compensation';
import type { Offer } from '../schemas/offer';
import type { Profile } from '../schemas/profile';
import type { EvaluateOptions } from '../types';
import { evaluateFromRows } from './scoring';

/** Index of the highest score; the first one on a tie; −1 when there are none. */
export function pickIndex(scores: readonly number[]): number {
  if (scores.length === 0) return -1;
  let best = 0;
  scores.forEach((s, i) => {
    if (s > scores[best]!) best = i;
  });
  return best;
}

/**
 * Scores of every offer under each weight vector: `evaluateOffer(offer, { ...profile, weights })`
 * (the profile's money settings, horizon and constraints, the vector's weights). Year rows are
 * computed once per offer.
 */
export function scoreUnderWeights(
  offers: readonly Offer[],
  profile: Profile,
  weightSets: readonly Record<string, number>[],
  options?: EvaluateOptions,
): { scores: number[]; pick: number }[] {
  const rows = offers.map((o) => compensationByYear(o, profile.horizonYears));
  return weightSets.map((weights) => {
    const view: Profile = { ...profile, weights };
    const scores = offers.map((o, i) => evaluateFromRows(o, rows[i]!, view, options).score);
    return { scores, pick: pickIndex(scores) };
  });
}
