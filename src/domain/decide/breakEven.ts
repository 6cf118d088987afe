import { evaluateOffer } from './scoring';
import type { Offer } from '../schemas/offer';
import type { Profile } from '../schemas/profile';
import type { EvaluateOptions } from '../types';

const withExtraBase = (offer: Offer, extra: number): Offer => ({
  ...offer,
  cash: { ...offer.cash, base: offer.cash.base + extra },
});

/**
 * The smallest amount (to ~$1) that, added to offer's cash.base, makes its score ≥ the rival's.
 * The score is non-decreasing in base and stops rising once cash utility reaches 1, so: 0 if it
 * already is; null if even a saturated cash utility is not enough; else bracket by doubling and bisect.
 * Scores only (eligibility is separate). Throws like evaluateOffer when an exchange rate is missing.
 */
export function breakEvenBase(
  offer: Offer,
  rival: Offer,
  profile: Profile,
  options?: EvaluateOptions,
): number | null {
  const target = evaluateOffer(rival, profile, options).score;
  const scoreWith = (extra: number) => evaluateOffer(withExtraBase(offer, extra), profile, options);
  if (scoreWith(0).score >= target) return 0;
  let lo = 0;
  let hi = Math.max(1_000, offer.cash.base);
  for (let i = 0; i < 200; i++) {
    const evaluation = scoreWith(hi);
    if (evaluation.score >= target) break;
    const cash = evaluation.contributions.find((c) => c.dimension === 'cash');
    if (!cash || cash.utility >= 1 || !Number.isFinite(hi * 2)) return null; // more base cannot help
    lo = hi;
    hi *= 2;
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (scoreWith(mid).score >= target) hi = mid;
    else lo = mid;
  }
  const rounded = Math.ceil(hi); // whole currency units read better; keep it only if it still meets
  return scoreWith(rounded).score >= target ? rounded : hi;
}
