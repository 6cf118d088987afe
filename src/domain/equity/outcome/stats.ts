/** Summary of one sorted sample (§5.7). */
export interface ColumnStats {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
  meanStdErr: number; // sd/√n, sd with divisor n − 1
  p50Low: number;
  p50High: number;
  p50Stable: boolean;
}

import { selectRanks } from './select';

/** Type 7 percentile of sorted x: h = (n − 1)q, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]). */
export function percentileSorted(x: Float64Array, q: number): number {
  const n = x.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const a = x[lo]!;
  return lo + 1 < n ? a + (h - lo) * (x[lo + 1]! - a) : a;
}

/**
 * Percentiles, mean with its standard error, and the distribution-free 95% interval of the median:
 * 1-based ranks lo = max(1, ⌊n/2 − 0.98√n⌋), hi = min(n, ⌈n/2 + 0.98√n⌉);
 * stable when (x_hi − x_lo)/2 ≤ 1% of |P50| (or both equal). Reorders `x` in place.
 */
export function columnStats(x: Float64Array): ColumnStats {
  const n = x.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += x[i]!;
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i]! - mean;
    ss += d * d;
  }
  const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
  const root = Math.sqrt(n);
  const lo = Math.max(1, Math.floor(n / 2 - 0.98 * root));
  const hi = Math.min(n, Math.ceil(n / 2 + 0.98 * root));
  // only the order statistics used below need to be in place, not a full sort
  const ranks = new Set([lo - 1, hi - 1]);
  for (const q of [0.1, 0.5, 0.9]) {
    const h = Math.floor((n - 1) * q);
    ranks.add(h);
    if (h + 1 < n) ranks.add(h + 1);
  }
  selectRanks(
    x,
    [...ranks].sort((a, b) => a - b),
  );
  const p50 = percentileSorted(x, 0.5);
  const p50Low = x[lo - 1]!;
  const p50High = x[hi - 1]!;
  return {
    p10: percentileSorted(x, 0.1),
    p50,
    p90: percentileSorted(x, 0.9),
    mean,
    meanStdErr: n > 0 ? sd / root : 0,
    p50Low,
    p50High,
    p50Stable: p50High === p50Low || (p50High - p50Low) / 2 <= 0.01 * Math.abs(p50),
  };
}

/** True when a and b are equal within 1e-9 relative (exact at 0). */
export function tied(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * At the horizon: probBest (each draw gives 1/w to each of the w offers tied at the maximum) and
 * pairwise[i][j] = P(X_i > X_j) + ½ P(X_i = X_j), diagonal ½.
 */
export function bestAndPairwise(columns: readonly Float64Array[], n: number) {
  const m = columns.length;
  const best = new Float64Array(m);
  const wins = Array.from({ length: m }, () => new Float64Array(m));
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let j = 0; j < m; j++) max = Math.max(max, columns[j]![i]!);
    let w = 0;
    for (let j = 0; j < m; j++) if (tied(columns[j]![i]!, max)) w++;
    for (let j = 0; j < m; j++) if (tied(columns[j]![i]!, max)) best[j]! += 1 / w;
    for (let a = 0; a < m; a++) {
      const xa = columns[a]![i]!;
      for (let b = a + 1; b < m; b++) {
        const xb = columns[b]![i]!;
        if (tied(xa, xb)) {
          wins[a]![b]! += 0.5;
          wins[b]![a]! += 0.5;
        } else if (xa > xb) wins[a]![b]! += 1;
        else wins[b]![a]! += 1;
      }
    }
  }
  return {
    probBest: Array.from(best, (b) => b / n),
    pairwise: wins.map((row, a) => Array.from(row, (v, b) => (a === b ? 0.5 : v / n))),
  };
}
