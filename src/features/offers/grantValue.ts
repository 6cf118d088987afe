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

/**
 * When a grant was entered as a value, a new share price keeps that value and changes the share
 * count (shares × old price / new price). Without a usable old or new price the shares stay.
 */
export function sharesAfterRepricing(shares: number, oldPrice: number, newPrice: number): number {
  if (!(oldPrice > 0) || !(newPrice > 0)) return shares;
  return (shares * oldPrice) / newPrice;
}
