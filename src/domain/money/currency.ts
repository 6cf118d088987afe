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

/**
 * The workspace keeps one rate per currency in its reporting currency (reporting units per unit
 * of code). Re-base them to `target` (a profile's currency): units of target per unit of code,
 * rate(code → target) = rates[code] / rates[target], with rates[reporting] = 1. A missing rate
 * stays missing, so scoring reports it instead of guessing.
 */
export function rebaseFxRates(
  fxRates: Readonly<Record<string, number>>,
  reportingCurrency: string,
  target: string,
): Record<string, number> {
  if (target === reportingCurrency) return { ...fxRates };
  const targetRate = fxRates[target];
  if (!(targetRate !== undefined && targetRate > 0)) return {};
  const rebased: Record<string, number> = { [reportingCurrency]: 1 / targetRate };
  for (const [code, rate] of Object.entries(fxRates)) {
    if (code !== target) rebased[code] = rate / targetRate;
  }
  return rebased;
}

/**
 * Units of `to` per unit of `from` from the workspace's rates (reporting units per unit of each
 * code), or null when they do not say: for offering a conversion, where a guess would be wrong.
 */
export function workspaceRate(
  from: string,
  to: string,
  fxRates: Readonly<Record<string, number>>,
  reportingCurrency: string,
): number | null {
  if (from === to) return 1;
  const rate = rebaseFxRates(fxRates, reportingCurrency, to)[from];
  return rate !== undefined && Number.isFinite(rate) && rate > 0 ? rate : null;
}
