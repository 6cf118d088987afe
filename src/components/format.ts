/** Number formatting: tabular, thousands separators, no more precision than a decision needs. */
const moneyFormatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(
  value: number,
  currency = 'USD',
  options: { compact?: boolean; signed?: boolean } = {},
): string {
  const key = `${currency}|${options.compact ? 'c' : ''}|${options.signed ? 's' : ''}`;
  let f = moneyFormatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      maximumFractionDigits: options.compact ? 1 : 0,
      minimumFractionDigits: 0,
      notation: options.compact ? 'compact' : 'standard',
      signDisplay: options.signed ? 'exceptZero' : 'auto',
    });
    moneyFormatters.set(key, f);
  }
  return f.format(Number.isFinite(value) ? value : 0);
}

export function formatPercent(value: number, digits = 0): string {
  return `${value.toFixed(digits)}%`;
}

/** A 0–1 share as a percentage: 0.253 → "25%". */
export function formatShare(value: number, digits = 0): string {
  return formatPercent(value * 100, digits);
}

// Building an Intl formatter is costly (it shows up in render profiles); keep one per precision.
const numberFormatters = new Map<number, Intl.NumberFormat>();
export function formatNumber(value: number, digits = 0): string {
  let f = numberFormatters.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
    numberFormatters.set(digits, f);
  }
  return f.format(value);
}

/** Score points with one decimal: 72.4 */
export function formatPoints(value: number, signed = false): string {
  const text = value.toFixed(1);
  return signed && value > 0 ? `+${text}` : text;
}
