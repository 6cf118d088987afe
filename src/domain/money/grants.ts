import type { Offer } from '../schemas/offer';
import { vestSchedule, type VestEvent } from './vesting';

/** One equity grant: the initial grant (month 0, with cliff) or a refresh (no cliff). */
export interface Grant {
  grantMonth: number; // months after the start date
  shares: number; // fractional
  strike: number; // options only; 0 for RSUs
  priceAtGrant: number; // share price at the grant month
  vests: readonly VestEvent[]; // months relative to grantMonth
  refresh: boolean;
}

/** Share price at month m: sharePrice × (1 + growthPct/100)^(m/12). */
export function priceAtMonth(offer: Offer, month: number): number {
  return offer.equity.sharePrice * Math.pow(1 + offer.equity.growthPct / 100, month / 12);
}

/**
 * The grants made within `years`: the initial grant, and a refresh at the start of each year
 * k ≥ refresh.startYear (month 12(k−1)) of refresh.value / price shares, struck at that price for
 * options. A refresh at a zero (or vanishingly small) price buys nothing (avoids dividing by zero).
 */
export function grantsWithin(offer: Offer, years: number): Grant[] {
  const eq = offer.equity;
  if (eq.type === 'none') return [];
  const grants: Grant[] = [];
  if (eq.shares > 0) {
    grants.push({
      grantMonth: 0,
      shares: eq.shares,
      strike: eq.type === 'options' ? eq.strikePrice : 0,
      priceAtGrant: eq.sharePrice,
      vests: vestSchedule(eq.vesting, true),
      refresh: false,
    });
  }
  if (eq.refresh.value > 0) {
    let refreshVests: readonly VestEvent[] | undefined;
    for (let k = Math.max(1, eq.refresh.startYear); k <= years; k++) {
      const grantMonth = 12 * (k - 1);
      const price = priceAtMonth(offer, grantMonth);
      const shares = eq.refresh.value / price;
      if (!(price > 0) || !Number.isFinite(shares)) continue; // a (near-)zero price buys no countable shares
      refreshVests ??= vestSchedule(eq.vesting, false);
      grants.push({
        grantMonth,
        shares,
        strike: eq.type === 'options' ? price : 0,
        priceAtGrant: price,
        vests: refreshVests,
        refresh: true,
      });
    }
  }
  return grants;
}
