import type { Band } from '@/domain';

/** Fallback midpoint when the offer has no base yet, so the band is still valid (max > min). */
const FALLBACK_MID = 100_000;

/**
 * A starting band when the user switches one on: ±15% around the base (a common spread for
 * senior bands), rounded to the nearest 1,000. The user then types the real figures.
 */
export function defaultBand(base: number): Band {
  const mid = base > 0 ? base : FALLBACK_MID;
  const round = (v: number) => Math.round(v / 1000) * 1000;
  return {
    min: round(mid * 0.85),
    mid: round(mid),
    max: Math.max(round(mid * 1.15), round(mid * 0.85) + 1000),
  };
}
