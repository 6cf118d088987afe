/**
 * Half-up rounding to cents (tax.md §2: per line; credits round half away from zero). A value a
 * hair under a half cent because of binary floating point (78,639.145 stored as …144999…) counts
 * as the half cent it stands for.
 */
export function roundCents(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  const s = Math.abs(x) * 100;
  const r = Math.floor(s + 0.5 + 1e-9 + s * 1e-13) / 100;
  return x < 0 ? -r : r;
}
