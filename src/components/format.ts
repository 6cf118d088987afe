/** Number formatting: thousands separators, no more precision than a decision needs (en-US). */
import { compactText, fixedText, type DecimalText } from './decimal';

/**
 * What Intl.NumberFormat('en-US') prints for each currency with a symbol of its own; any other
 * code prints before the figure with a no-break space, as Intl does: "CHF 1,234".
 */
const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  CAD: 'CA$',
  AUD: 'A$',
  NZD: 'NZ$',
  HKD: 'HK$',
  MXN: 'MX$',
  BRL: 'R$',
  TWD: 'NT$',
  JPY: '¥',
  CNY: 'CN¥',
  INR: '₹',
  ILS: '₪',
  KRW: '₩',
  VND: '₫',
  PHP: '₱',
};

/** The text before a money figure: "$" or "CHF\u00a0". */
export function currencyPrefix(currency: string): string {
  return CURRENCY_SYMBOLS[currency] ?? `${currency}\u00a0`;
}

/** Sign, then the rest: "-$1,234", "+$1.2M". A figure that rounds to zero never has a sign. */
function withSign(value: number, digits: DecimalText, prefix: string, showPlus: boolean): string {
  const sign = digits.zero ? '' : value < 0 ? '-' : showPlus ? '+' : '';
  return `${sign}${prefix}${digits.text}`;
}

export interface MoneyFormat {
  /** "$1.2M": one decimal at most, K/M/B/T. */
  compact?: boolean;
  /** "+$1,234" for gains. */
  signed?: boolean;
  /** "$10.13": always two decimals (per-share prices). */
  cents?: boolean;
}

/** What a figure that is not a finite number prints as: never "0", which would be a wrong figure. */
export const NOT_A_FIGURE = '—';

/** "$185,000"; whole units unless `cents`. A non-finite value prints as NOT_A_FIGURE. */
export function formatMoney(value: number, currency = 'USD', options: MoneyFormat = {}): string {
  if (!Number.isFinite(value)) return NOT_A_FIGURE;
  const v = value;
  const digits = options.compact
    ? compactText(v)
    : options.cents
      ? fixedText(v, 2, 2)
      : fixedText(v, 0);
  return withSign(v, digits, currencyPrefix(currency), options.signed === true);
}

/** "1,234.5": at most `digits` decimals. */
export function formatNumber(value: number, digits = 0): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value < 0 ? '-∞' : '∞';
  return withSign(value, fixedText(value, digits), '', false);
}

/** "250K", "1.2M": a plain number in compact notation (axis labels with no shared currency). */
export function formatCompactNumber(value: number): string {
  return Number.isFinite(value)
    ? withSign(value, compactText(value), '', false)
    : formatNumber(value);
}

export function formatPercent(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return NOT_A_FIGURE;
  return `${value.toFixed(digits)}%`;
}

/** A 0–1 share as a percentage: 0.253 → "25%". */
export function formatShare(value: number, digits = 0): string {
  return formatPercent(value * 100, digits);
}

/** Score points with one decimal: 72.4 */
export function formatPoints(value: number, signed = false): string {
  if (!Number.isFinite(value)) return NOT_A_FIGURE;
  const text = value.toFixed(1);
  return signed && value > 0 ? `+${text}` : text;
}

/**
 * A money figure in whole currency units, the one rounding every table, print and CSV shows.
 * Float noise is dropped first (below a millionth of a unit), so 365,830.4999999998 and
 * 365,830.5000000002, the same figure reached by two paths, both show 365,831; then half away from
 * zero, as formatMoney rounds. Shown totals are sums of these rounded parts (sumRounded), so they
 * add up on the page. A non-finite value stays as it is (it prints as NOT_A_FIGURE).
 */
export function roundMoney(value: number): number {
  if (!Number.isFinite(value)) return value;
  // Below 1e9 keep a millionth of a unit; above, 15 significant digits (what a double holds).
  const clean = Number(Math.abs(value) < 1e9 ? value.toFixed(6) : value.toPrecision(15));
  const whole = Math.round(Math.abs(clean));
  return whole === 0 ? 0 : Math.sign(clean) * whole;
}

/** The total of figures as shown: each rounded to whole units, then added. */
export function sumRounded(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += roundMoney(v);
  return total;
}
