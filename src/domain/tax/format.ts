/** Numbers inside formulas: "250,000", "1,489.21", "1.3%". Plain code, no Intl (see README). */
import { roundCents } from './round';

const MINUS = '−';

/** Thousands separators for a whole number ≥ 0: 1234567 → "1,234,567". */
function group(n: number): string {
  if (!(n >= 1000 && n < 1e21)) return String(n);
  const head = Math.floor(n / 1000);
  const rest = n - head * 1000;
  return `${group(head)}${rest < 10 ? ',00' : rest < 100 ? ',0' : ','}${rest}`;
}

/**
 * Recent amt texts by value, in 64 slots picked by a hash of the cents: a formula prints the same
 * wages, thresholds and bases again and again, and number-to-text is the slow part of a formula.
 */
let amtKeys: Float64Array | undefined;
let amtTexts: string[] | undefined;

/** An amount to the cent, without ".00" when whole: 3,250 · 1,489.21 · −607.92. */
export function amt(x: number): string {
  const keys = (amtKeys ??= new Float64Array(64));
  const texts = (amtTexts ??= new Array<string>(64).fill('')); // '': empty slot
  const slot = Math.imul((x * 100) | 0, 0x9e3779b1) >>> 26;
  const seen = texts[slot] as string;
  if (seen !== '' && keys[slot] === x) return seen;
  const text = amtText(x);
  keys[slot] = x;
  texts[slot] = text;
  return text;
}

function amtText(x: number): string {
  const rounded = roundCents(x);
  const cents = Math.round(Math.abs(rounded) * 100);
  const whole = Math.floor(cents / 100);
  const part = cents % 100;
  const text = part === 0 ? group(whole) : `${group(whole)}.${part < 10 ? '0' : ''}${part}`;
  return rounded < 0 && cents > 0 ? MINUS + text : text;
}

/** A whole-unit amount for messages, with its currency symbol: $15,900 · £4,210. */
export function money(x: number, currency: 'USD' | 'GBP'): string {
  const whole = Math.round(Math.abs(x));
  return `${x < 0 && whole > 0 ? MINUS : ''}${currency === 'GBP' ? '£' : '$'}${group(whole)}`;
}

/** Formatted rates by value: a rule set has few distinct rates, and toFixed is slow. */
let pctTexts: Map<number, string> | undefined;

/** A percentage from its ratePct: 1.3% · 0.807159% (at most 6 decimals). */
export function pct(ratePct: number): string {
  const texts = (pctTexts ??= new Map());
  let text = texts.get(ratePct);
  if (text === undefined) {
    text = `${String(Number(ratePct.toFixed(6)))}%`;
    if (texts.size < 1024) texts.set(ratePct, text);
  }
  return text;
}

/** A fraction to at most 6 decimals: 0.692. */
export function num(x: number): string {
  return String(Number(x.toFixed(6)));
}

export { MINUS };
