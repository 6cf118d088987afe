/**
 * Vertices of { W : lo ≤ W ≤ hi, Σ W = 1 } (decide.md §1.6): a vertex has at most one coordinate
 * strictly inside its bounds, so choose the free coordinate j, put every other at lo or hi
 * (n·2^(n−1) candidates), keep those with lo_j ≤ 1 − Σ others ≤ hi_j, and deduplicate.
 */
export function weightBoxVertices(
  lo: Record<string, number>,
  hi: Record<string, number>,
): Record<string, number>[] {
  const keys = [...new Set([...Object.keys(lo), ...Object.keys(hi)])];
  const n = keys.length;
  const low = keys.map((k) => lo[k] ?? 0);
  const high = keys.map((k) => hi[k] ?? low[keys.indexOf(k)] ?? 0);
  const seen = new Set<string>();
  const out: Record<string, number>[] = [];
  const tol = 1e-12;
  for (let j = 0; j < n; j++) {
    for (let mask = 0; mask < 2 ** (n - 1); mask++) {
      const w = new Array<number>(n).fill(0);
      let rest = 0;
      let bit = 0;
      for (let i = 0; i < n; i++) {
        if (i === j) continue;
        w[i] = (mask >> bit) & 1 ? (high[i] ?? 0) : (low[i] ?? 0);
        rest += w[i] ?? 0;
        bit++;
      }
      const free = 1 - rest;
      if (free < (low[j] ?? 0) - tol || free > (high[j] ?? 0) + tol) continue;
      w[j] = Math.min(high[j] ?? 0, Math.max(low[j] ?? 0, free));
      const key = w.map((v) => v.toFixed(10)).join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(Object.fromEntries(keys.map((k, i) => [k, w[i] ?? 0])));
    }
  }
  return out;
}

/** A `{ delta }` box around normalized weights: lo = max(0, W − delta), hi = W + delta. */
export function deltaBox(weights: Record<string, number>, delta: number) {
  const lo: Record<string, number> = {};
  const hi: Record<string, number> = {};
  for (const [k, w] of Object.entries(weights)) {
    lo[k] = Math.max(0, w - delta);
    hi[k] = w + delta;
  }
  return { lo, hi };
}
