/** Parses what people type into money and percent fields. Pure; never returns NaN. */
export type ParseResult<T = number> = { ok: true; value: T } | { ok: false; error: string };

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/**
 * Money: "185000", "185,000", "$185k", "1.2m", "€ 90 000", "CHF 250k".
 * Rejects negatives, garbage and numbers too large to be a salary-sized figure (> 1e12).
 */
export function parseMoney(text: string): ParseResult {
  const cleaned = text
    .trim()
    .replace(/^[A-Za-z]{3}\s*/, '') // leading ISO code, e.g. "USD 185k"
    .replace(/[$€£¥₹]/g, '')
    .replace(/[\s,_\u00a0\u202f]/g, '')
    .toLowerCase();
  if (cleaned === '') return { ok: false, error: 'Enter an amount, e.g. 185,000 or 185k' };
  const match = /^(-?)(\d+(?:\.\d*)?|\.\d+)([kmb]?)$/.exec(cleaned);
  if (!match) return { ok: false, error: 'Not an amount: use digits, e.g. 185,000, $185k or 1.2m' };
  if (match[1]) return { ok: false, error: 'Must be 0 or more' };
  const value = Number(match[2]) * (SUFFIX[match[3] ?? ''] ?? 1);
  if (!Number.isFinite(value) || value > 1e12)
    return { ok: false, error: 'Too large to be an amount' };
  return { ok: true, value: Math.round(value * 100) / 100 };
}

/** Percent: "20", "20%", "7.5 %". Bounds are checked here so the message sits next to the field. */
export function parsePercent(text: string, min = 0, max = 100): ParseResult {
  const cleaned = text.trim().replace(/%$/, '').trim().replace(',', '.');
  if (cleaned === '') return { ok: false, error: 'Enter a percentage, e.g. 15' };
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(cleaned))
    return { ok: false, error: 'Not a percentage: use digits, e.g. 15 or 7.5%' };
  const value = Number(cleaned);
  if (value < min) return { ok: false, error: `Must be ${min}% or more` };
  if (value > max) return { ok: false, error: `Must be ${max}% or less` };
  return { ok: true, value };
}

/** Plain number with bounds (shares, months, years). */
export function parseNumber(text: string, min: number, max: number, integer = false): ParseResult {
  const cleaned = text.trim().replace(/[\s,_]/g, '');
  if (cleaned === '') return { ok: false, error: 'Enter a number' };
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return { ok: false, error: 'Not a number' };
  const value = Number(cleaned);
  if (integer && !Number.isInteger(value)) return { ok: false, error: 'Must be a whole number' };
  if (value < min) return { ok: false, error: `Must be ${min} or more` };
  if (value > max) return { ok: false, error: `Must be ${max} or less` };
  return { ok: true, value };
}
