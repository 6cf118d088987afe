/** Parses what people type into money and percent fields. Pure; never returns NaN. */
export type ParseResult<T = number> = { ok: true; value: T } | { ok: false; error: string };

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/**
 * One rule for every number field, for the app's locale (en-US): "." is the decimal point and
 * "," (or a space) separates groups of exactly three digits. Anything else is refused with a
 * message, never guessed: "1,2,3" has separators in the wrong places; "7,5", "1.234,56" and
 * "185.000,00" are written the European way; and a lone "." followed by exactly three digits
 * ("90.000") is ambiguous (90 here, ninety thousand in much of Europe), so the field asks.
 * (For a locale with "," as the decimal point the same rule holds with the two swapped.)
 */
export function parseDecimal(text: string, allowSuffix: boolean): ParseResult {
  const cleaned = text.trim().toLowerCase();
  const match = /^(-?)([\d.,\s\u00a0\u202f_]*\d|\.\d+)([kmb]?)$/.exec(cleaned);
  if (!match || (match[3] && !allowSuffix)) return { ok: false, error: 'not-a-number' };
  const [, minus, body = '', suffix = ''] = match;
  const digits = body.replace(/[\s\u00a0\u202f_]/g, (space) => (space === '_' ? '' : ','));
  const dots = digits.split('.').length - 1;
  const commaAfterDot = dots > 0 && digits.lastIndexOf(',') > digits.indexOf('.');
  if (dots > 1 || commaAfterDot) return { ok: false, error: EUROPEAN };
  const [whole = '', fraction] = digits.split('.');
  if (whole.includes(',')) {
    if (/^\d+,\d{1,2}$/.test(whole) && fraction === undefined)
      return { ok: false, error: `${DECIMAL_COMMA} ${whole.replace(',', '.')}` };
    if (!/^\d{1,3}(,\d{3})+$/.test(whole)) return { ok: false, error: GROUPS };
  }
  if (fraction !== undefined && fraction.length === 3 && !suffix && /^[1-9]\d{0,2}$/.test(whole)) {
    return { ok: false, error: ambiguous(whole, fraction) };
  }
  const value =
    Number(`${whole.replace(/,/g, '') || '0'}.${fraction ?? ''}`) * (SUFFIX[suffix] ?? 1);
  return { ok: true, value: minus ? -value : value };
}

const EUROPEAN = 'Use a period for decimals and commas between thousands, e.g. 1,234.56';
const DECIMAL_COMMA = 'Commas separate thousands here; for a decimal use a period:';
const GROUPS = 'Commas go between groups of three digits, e.g. 1,234,567';
const ambiguous = (whole: string, fraction: string) =>
  `Is this ${whole}.${fraction} or ${whole},${fraction}? Type ${whole}${fraction} (or ${whole},${fraction}) for ` +
  `the larger amount, or ${whole}.${fraction.replace(/0+$/, '') || '0'} for the smaller`;

/** The message for a text that is not a number at all, or the rule's own message. */
const explain = (result: ParseResult, fallback: string): ParseResult =>
  !result.ok && result.error === 'not-a-number' ? { ok: false, error: fallback } : result;

/**
 * Money: "185000", "185,000", "$185k", "1.2m", "€ 90 000", "CHF 250k".
 * Rejects negatives, garbage and numbers too large to be a salary-sized figure (> 1e12).
 */
export function parseMoney(text: string): ParseResult {
  const cleaned = text
    .trim()
    .replace(/^[A-Za-z]{3}\s*/, '') // leading ISO code, e.g. "USD 185k"
    .replace(/[$€£¥₹]/g, '')
    .trim();
  if (cleaned === '') return { ok: false, error: 'Enter an amount, e.g. 185,000 or 185k' };
  const parsed = explain(
    parseDecimal(cleaned, true),
    'Not an amount: use digits, e.g. 185,000, $185k or 1.2m',
  );
  if (!parsed.ok) return parsed;
  if (parsed.value < 0) return { ok: false, error: 'Must be 0 or more' };
  if (!Number.isFinite(parsed.value) || parsed.value > 1e12)
    return { ok: false, error: 'Too large to be an amount' };
  return { ok: true, value: Math.round(parsed.value * 100) / 100 };
}

/** Percent: "20", "20%", "7.5 %". Bounds are checked here so the message sits next to the field. */
export function parsePercent(text: string, min = 0, max = 100): ParseResult {
  const cleaned = text.trim().replace(/%$/, '').trim();
  if (cleaned === '') return { ok: false, error: 'Enter a percentage, e.g. 15' };
  const parsed = explain(
    parseDecimal(cleaned, false),
    'Not a percentage: use digits, e.g. 15 or 7.5%',
  );
  if (!parsed.ok) return parsed;
  if (parsed.value < min) return { ok: false, error: `Must be ${min}% or more` };
  if (parsed.value > max) return { ok: false, error: `Must be ${max}% or less` };
  return parsed;
}

/** Plain number with bounds (shares, months, years). */
export function parseNumber(text: string, min: number, max: number, integer = false): ParseResult {
  const cleaned = text.trim();
  if (cleaned === '') return { ok: false, error: 'Enter a number' };
  const parsed = explain(parseDecimal(cleaned, false), 'Not a number');
  if (!parsed.ok) return parsed;
  const { value } = parsed;
  if (integer && !Number.isInteger(value)) return { ok: false, error: 'Must be a whole number' };
  if (value < min) return { ok: false, error: `Must be ${min} or more` };
  if (value > max) return { ok: false, error: `Must be ${max} or less` };
  return { ok: true, value };
}
