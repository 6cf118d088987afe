/**
 * Converts money between currencies. `fxRates[code]` is the number of units of the target
 * (profile or reporting) currency per one unit of `code`, so the result is amount × fxRates[from].
 * A missing rate is an error, never a silent 1:1.
 */
export function convertMoney(
  amount: number,
  from: string,
  to: string,
  fxRates?: Record<string, number>,
): number {
  return amount * fxRate(from, to, fxRates);
}

/** Units of `to` per unit of `from`; throws when the currencies differ and no usable rate is known. */
export function fxRate(from: string, to: string, fxRates?: Record<string, number>): number {
  if (from === to) return 1;
  const rate = fxRates?.[from];
  if (rate === undefined || !Number.isFinite(rate) || rate <= 0) {
    throw new Error(
      `No exchange rate from ${from} to ${to}: add how many ${to} one ${from} is worth`,
    );
  }
  return rate;
}
