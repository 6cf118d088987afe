import type { Offer } from '../schemas/offer';
import { vestSchedule, type VestEvent } from './vesting';

/**
 * One equity grant: the initial grant (month 0, with cliff; month −elapsedMonths for a grant
 * already under way) or a refresh (no cliff).
 */
export interface Grant {
  grantMonth: number; // months after the start date (today); negative for a grant under way
  shares: number; // fractional
  strike: number; // options only; 0 for RSUs
  priceAtGrant: number; // share price at the grant month
  vests: readonly VestEvent[]; // months relative to grantMonth; only those after today
  refresh: boolean;
  /** Fraction of the grant already vested before today (elapsedMonths; 0 for new grants). */
  vestedBefore: number;
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
    const { vests, vestedBefore } = remainingVests(
      vestSchedule(eq.vesting, true),
      eq.elapsedMonths,
    );
    grants.push({
      grantMonth: -eq.elapsedMonths,
      shares: eq.shares,
      strike: eq.type === 'options' ? eq.strikePrice : 0,
      priceAtGrant: priceAtMonth(offer, -eq.elapsedMonths),
      vests,
      refresh: false,
      vestedBefore,
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
        vestedBefore: 0,
      });
    }
  }
  return grants;
}

/**
 * A grant under way for e months (DESIGN.md, elapsedMonths): the vest scheduled at grant month s
 * (cliff applied) happens at month s − e after today when s > e, and is already vested when s ≤ e.
 * Months stay relative to the grant (grantMonth = −e), so grantMonth + month = s − e ≥ 1.
 */
function remainingVests(
  schedule: readonly VestEvent[],
  elapsedMonths: number,
): { vests: readonly VestEvent[]; vestedBefore: number } {
  if (elapsedMonths <= 0) return { vests: schedule, vestedBefore: 0 };
  let vestedBefore = 0;
  for (const v of schedule) if (v.month <= elapsedMonths) vestedBefore += v.fraction;
  return { vests: schedule.filter((v) => v.month > elapsedMonths), vestedBefore };
}

/**
 * unvestedValue(offer) = shares × (fraction of the initial grant still to vest) × price(0): what
 * leaving today walks away from (refresh grants not counted). As DESIGN.md writes it, the share
 * price is used for options too (their spread is unvestedSpread).
 */
export function unvestedValue(offer: Offer): number {
  const eq = offer.equity;
  if (eq.type === 'none' || !(eq.shares > 0)) return 0;
  return eq.shares * unvestedFraction(offer) * eq.sharePrice;
}

/** The options' share of unvestedValue: shares × fraction to vest × max(0, price(0) − strike). */
export function unvestedSpread(offer: Offer): number {
  const eq = offer.equity;
  if (eq.type === 'none' || !(eq.shares > 0)) return 0;
  const perShare =
    eq.type === 'options' ? Math.max(0, eq.sharePrice - eq.strikePrice) : eq.sharePrice;
  return eq.shares * unvestedFraction(offer) * perShare;
}

/** Fraction of the initial grant vesting after today: 1 − what vested in the first e months. */
export function unvestedFraction(offer: Offer): number {
  const schedule = vestSchedule(offer.equity.vesting, true);
  return remainingVests(schedule, offer.equity.elapsedMonths).vests.reduce(
    (s, v) => s + v.fraction,
    0,
  );
}
