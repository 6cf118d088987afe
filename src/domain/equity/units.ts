import type { Offer } from '../schemas/offer';

/**
 * Value of one unit when a common share is worth p (docs/design/equity.md §4), for a unit granted
 * when the headline share price was g: options max(0, p − strike); RSUs and units
 * max(0, p − thresholdPrice); either capped at unitCapMultiple × g when a cap is set.
 */
export function unitValue(offer: Offer, p: number, strike: number, grantPrice: number): number {
  const eq = offer.equity;
  const raw = eq.type === 'options' ? p - strike : p - (eq.thresholdPrice ?? 0);
  const value = Math.max(0, raw);
  return eq.unitCapMultiple === undefined
    ? value
    : Math.min(value, eq.unitCapMultiple * grantPrice);
}
