/**
 * en-US number text without Intl.NumberFormat. Building the first Intl formatter in a page costs
 * 20–35 ms of ICU start-up in Chromium (×4 on Lighthouse's simulated phone), the largest single
 * piece of Compare's first render; these few string steps print the same text (checked against
 * Intl for random values in test/components/decimal.test.ts).
 *
 * Rounding follows Intl: the shortest decimal that round-trips the number ("1.005", not the
 * binary 1.00499…) is rounded half away from zero.
 */

/** A non-negative number as decimal digits and the position of the point: 12.5 → "125", 2. */
interface Decimal {
  digits: string;
  point: number;
}

function toDecimal(abs: number): Decimal {
  const [mantissa = '0', exponent = '0'] = String(abs).split('e');
  const [int = '0', fraction = ''] = mantissa.split('.');
  return { digits: int + fraction, point: int.length + Number(exponent) };
}

/** Rounds half away from zero to `fractionDigits` decimals: integer and fraction digits. */
function round({ digits, point }: Decimal, fractionDigits: number): { int: string; frac: string } {
  const keep = point + fractionDigits; // leading digits that survive the rounding
  let units = 0n;
  if (keep >= 0) {
    units = BigInt(digits.slice(0, keep).padEnd(keep, '0') || '0');
    if ((digits[keep] ?? '0') >= '5') units += 1n;
  }
  const text = units.toString().padStart(fractionDigits + 1, '0');
  const split = text.length - fractionDigits;
  return { int: text.slice(0, split), frac: text.slice(split) };
}

/** "1234567" → "1,234,567" */
const group = (int: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export interface DecimalText {
  /** The digits with grouping, no sign: "1,234.5" or "1.2M". */
  text: string;
  /** True when the rounded value is zero (so no sign is shown). */
  zero: boolean;
}

/** |value| with thousands separators and between min and max fraction digits: 1234.5 → "1,234.5". */
export function fixedText(value: number, maxFraction: number, minFraction = 0): DecimalText {
  const { int, frac } = round(toDecimal(Math.abs(value)), maxFraction);
  const shown = frac.replace(/0+$/, '').padEnd(minFraction, '0');
  return {
    text: group(int) + (shown ? `.${shown}` : ''),
    zero: /^0*$/.test(int + frac),
  };
}

const COMPACT_SUFFIXES = ['', 'K', 'M', 'B', 'T'] as const;

/** |value| in compact notation with at most one decimal: 1250 → "1.3K", 999950 → "1M". */
export function compactText(value: number): DecimalText {
  const decimal = toDecimal(Math.abs(value));
  // The tier comes from the integer digits; rounding can carry into the next tier (999.95K → 1M).
  let tier = Math.min(
    Math.max(Math.floor((decimal.point - 1) / 3), 0),
    COMPACT_SUFFIXES.length - 1,
  );
  if (/^0*$/.test(decimal.digits)) tier = 0;
  for (;;) {
    const { int, frac } = round({ ...decimal, point: decimal.point - 3 * tier }, 1);
    if (int.length > 3 && tier < COMPACT_SUFFIXES.length - 1) {
      tier += 1;
      continue;
    }
    const shown = frac === '0' ? '' : `.${frac}`;
    // Compact notation groups only from five digits on ("1000T", "12,000T"), as ICU does.
    const grouped = int.length < 5 ? int : group(int);
    return {
      text: `${grouped}${shown}${COMPACT_SUFFIXES[tier]}`,
      zero: /^0*$/.test(int + frac),
    };
  }
}
