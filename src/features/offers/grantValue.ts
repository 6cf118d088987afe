import type { Equity } from '@/domain';

/** Converting between a grant's value and its share count, at today's share price. */

/** Shares for a grant value: value / sharePrice. Null when there is no price to convert at. */
export function sharesForGrantValue(grantValue: number, sharePrice: number): number | null {
  if (!(sharePrice > 0)) return null;
  return grantValue / sharePrice;
}

/** Grant value of a number of shares: shares × sharePrice. */
export function grantValueOf(shares: number, sharePrice: number): number {
  return shares * sharePrice;
}

/** Spread value of options today: shares × max(0, sharePrice − strikePrice) (what exercising nets). */
export function optionSpreadValue(shares: number, sharePrice: number, strikePrice: number): number {
  return shares * Math.max(0, sharePrice - strikePrice);
}

/**
 * When a grant was entered as a value, a new share price keeps that value and changes the share
 * count (shares × old price / new price). Without a usable old or new price the shares stay.
 */
export function sharesAfterRepricing(shares: number, oldPrice: number, newPrice: number): number {
  if (!(oldPrice > 0) || !(newPrice > 0)) return shares;
  return (shares * oldPrice) / newPrice;
}

/** The equity without a grant value waiting for a price (the key removed, not set to undefined). */
function withoutPending(equity: Equity): Equity {
  const { pendingGrantValue: _pending, ...rest } = equity;
  return rest;
}

/**
 * A grant value typed in: shares = value / sharePrice. With no price yet the value is kept as
 * `pendingGrantValue` (the shares stay) so it is applied once a price is entered, never lost.
 */
export function equityWithGrantValue(equity: Equity, grantValue: number): Equity {
  const shares = sharesForGrantValue(grantValue, equity.sharePrice);
  if (shares === null) return { ...equity, pendingGrantValue: grantValue };
  return { ...withoutPending(equity), shares };
}

/**
 * A new share price. A grant value waiting for a price becomes shares at it; otherwise a grant
 * entered as a value keeps its value (shares follow) and a share count stays as it is.
 */
export function equityWithSharePrice(equity: Equity, sharePrice: number): Equity {
  const pending = equity.pendingGrantValue;
  if (pending !== undefined && sharePrice > 0)
    return { ...withoutPending(equity), sharePrice, shares: pending / sharePrice };
  if (equity.grantEntry === 'value')
    return {
      ...equity,
      sharePrice,
      shares: sharesAfterRepricing(equity.shares, equity.sharePrice, sharePrice),
    };
  return { ...equity, sharePrice };
}

/** A share count typed in replaces any grant value still waiting for a price. */
export function equityWithShares(equity: Equity, shares: number): Equity {
  return { ...withoutPending(equity), shares };
}

/** The grant value the editor shows: the one waiting for a price, else shares × sharePrice. */
export function shownGrantValue(equity: Equity): number {
  return equity.pendingGrantValue ?? grantValueOf(equity.shares, equity.sharePrice);
}
