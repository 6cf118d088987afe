/** Tax on a bracket schedule: Σ rate × (the part of x in each bracket); "rate applies from `from`". */
import { amt, pct } from './format';
import type { Brackets } from './types';

export function bracketTax(x: number, brackets: Brackets): number {
  let tax = 0;
  for (let i = 0; i < brackets.length; i++) {
    const b = brackets[i];
    if (!b || x <= b.from) break;
    const top = brackets[i + 1]?.from ?? Infinity;
    tax += (b.ratePct * (Math.min(x, top) - b.from)) / 100;
  }
  return tax;
}

/** The filled-in sum: "10% × 12,400 + 12% × 38,000 + 22% × 55,300" (or "0" for x ≤ 0). */
export function bracketFormula(x: number, brackets: Brackets): string {
  let text = '';
  for (let i = 0; i < brackets.length; i++) {
    const b = brackets[i];
    if (!b || x <= b.from) break;
    const top = brackets[i + 1]?.from ?? Infinity;
    text += `${i > 0 ? ' + ' : ''}${pct(b.ratePct)} × ${amt(Math.min(x, top) - b.from)}`;
  }
  return text || '0';
}

/** The highest threshold ≤ x (0 below the first). */
export function thresholdAtOrBelow(x: number, brackets: Brackets): number {
  let found = 0;
  for (const b of brackets) if (b.from <= x) found = b.from;
  return found;
}

/** The rate of the top bracket (%). */
export const topRatePct = (brackets: Brackets): number =>
  brackets[brackets.length - 1]?.ratePct ?? 0;
