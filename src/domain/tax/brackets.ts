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

/**
 * The text of a schedule's full brackets, so that a formula formats only its last, partial one:
 * prefixes[k] = "10% × 12,400 + … " for brackets 0..k−1. Kept with the figures it was made from
 * and rebuilt if they change.
 */
interface Pieces {
  froms: number[];
  rates: number[];
  prefixes: string[];
}
let piecesBySchedule: WeakMap<Brackets, Pieces> | undefined;

function piecesOf(brackets: Brackets): Pieces {
  const cache = (piecesBySchedule ??= new WeakMap());
  const cached = cache.get(brackets);
  if (cached && sameFigures(cached, brackets)) return cached;
  const pieces: Pieces = { froms: [], rates: [], prefixes: [''] };
  for (let i = 0; i < brackets.length; i++) {
    const b = brackets[i] as Brackets[number];
    pieces.froms.push(b.from);
    pieces.rates.push(b.ratePct);
    const next = brackets[i + 1];
    if (next)
      pieces.prefixes.push(
        `${pieces.prefixes[i] as string}${pct(b.ratePct)} × ${amt(next.from - b.from)} + `,
      );
  }
  cache.set(brackets, pieces);
  return pieces;
}

function sameFigures(p: Pieces, brackets: Brackets): boolean {
  if (p.froms.length !== brackets.length) return false;
  for (let i = 0; i < brackets.length; i++) {
    const b = brackets[i] as Brackets[number];
    if (b.from !== p.froms[i] || b.ratePct !== p.rates[i]) return false;
  }
  return true;
}

/** The filled-in sum: "10% × 12,400 + 12% × 38,000 + 22% × 55,300" (or "0" for x ≤ 0). */
export function bracketFormula(x: number, brackets: Brackets): string {
  let k = -1; // the last bracket x reaches into
  for (let i = 0; i < brackets.length; i++) {
    const b = brackets[i];
    if (!b || x <= b.from) break;
    k = i;
  }
  if (k < 0) return '0';
  const b = brackets[k] as Brackets[number];
  const prefix = piecesOf(brackets).prefixes[k] as string;
  return `${prefix}${pct(b.ratePct)} × ${amt(x - b.from)}`;
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
