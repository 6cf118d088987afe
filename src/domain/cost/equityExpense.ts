import { blackScholesCall } from './blackScholes';
import { grantsWithin, type Grant } from '../money/grants';
import type { FinanceAssumptions } from '../schemas/finance';
import type { Offer } from '../schemas/offer';

/** Fair value of one share (RSU) or one option (Black–Scholes) granted at a price and strike. */
export function unitFairValue(
  priceAtGrant: number,
  strike: number,
  isOptions: boolean,
  finance: FinanceAssumptions,
): number {
  if (!isOptions) return priceAtGrant;
  const o = finance.optionValuation;
  return blackScholesCall({
    price: priceAtGrant,
    strike,
    years: o.expectedTermYears,
    volatilityPct: o.volatilityPct,
    riskFreePct: o.riskFreePct,
    dividendPct: o.dividendPct,
  });
}

/**
 * Fair value per share as a share of sharePrice: fmvPrice / sharePrice at a private company with
 * a 409A price (DESIGN.md: grant-date fair value and expense use fmvPrice), else 1. sharePrice
 * stays the headline (often preferred) price; the same growth applies to both.
 */
export function fairValueRatio(offer: Offer): number {
  const eq = offer.equity;
  if (eq.liquidity !== 'private' || eq.fmvPrice === undefined || !(eq.sharePrice > 0)) return 1;
  return eq.fmvPrice / eq.sharePrice;
}

/**
 * Grant-date fair value: RSU shares × fair value per share; options shares × Black–Scholes at
 * grant with price = fair value per share (fmvRatio × price at grant) and the grant's strike.
 */
export function grantFairValue(
  grant: Grant,
  isOptions: boolean,
  finance: FinanceAssumptions,
  fmvRatio = 1,
): number {
  const price = grant.priceAtGrant * fmvRatio;
  return grant.shares * unitFairValue(price, grant.strike, isOptions, finance);
}

/**
 * Equity expense per year 1..years. Each grant's fair value is recognized straight-line over its
 * vesting period (12 × vesting.years months from its grant month); the cumulative expense at each
 * year end is never below the fair value of the portion vested by then (front-loaded schedules).
 * A grant under way (grantMonth −e) has recognized max(e/period, vested share) before today; only
 * the rest falls in years 1..years.
 */
export function equityExpenseByYear(
  offer: Offer,
  finance: FinanceAssumptions,
  years: number,
): number[] {
  const expense = new Array<number>(years).fill(0);
  const isOptions = offer.equity.type === 'options';
  const period = offer.equity.vesting.years * 12;
  const fmvRatio = fairValueRatio(offer);
  for (const grant of grantsWithin(offer, years)) {
    const fairValue = grantFairValue(grant, isOptions, finance, fmvRatio);
    if (!(fairValue > 0)) continue;
    const recognized = (elapsed: number, vested: number) =>
      fairValue * Math.max(Math.min(period, Math.max(0, elapsed)) / period, Math.min(1, vested));
    let vested = grant.vestedBefore;
    let previous = recognized(-grant.grantMonth, vested);
    let vestIndex = 0;
    for (let k = 1; k <= years; k++) {
      const yearEnd = 12 * k;
      while (
        vestIndex < grant.vests.length &&
        grant.grantMonth + (grant.vests[vestIndex]?.month ?? Infinity) <= yearEnd
      ) {
        vested += grant.vests[vestIndex]?.fraction ?? 0;
        vestIndex++;
      }
      const cumulative = recognized(yearEnd - grant.grantMonth, vested);
      expense[k - 1] = (expense[k - 1] ?? 0) + (cumulative - previous);
      previous = cumulative;
    }
  }
  return expense;
}
