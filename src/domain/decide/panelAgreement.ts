/** Pairwise similarity, rank agreement (Kendall's W) and ranks (decide.md §2.4). */
import { ValidationError, type FieldIssue } from '../errors';
import { consensusIndex } from './panelConsensus';
import { isTied, normalizedVectors } from './panelMath';
import type { ConsensusVariant } from './panelTypes';

/**
 * K × K matrix: cell (i, j) is S* (with scaleMax) or S of members i and j treated as a two-member
 * group, equal weights; the diagonal is 1. `variant` as consensusIndex ("auto": goepel2013 for a
 * pair when n > 2; AHP-OS's cluster view uses ahpos2018).
 */
export function similarityMatrix(
  vectors: number[][],
  options?: { scaleMax?: number | null; variant?: ConsensusVariant | 'auto' },
): number[][] {
  const w = normalizedVectors(vectors, 'priority vectors');
  const K = w.length;
  const out = Array.from({ length: K }, () => new Array<number>(K).fill(1));
  for (let a = 0; a < K; a++)
    for (let b = a + 1; b < K; b++) {
      const c = consensusIndex([w[a]!, w[b]!], {
        scaleMax: options?.scaleMax ?? null,
        variant: options?.variant ?? 'auto',
      });
      const value = c.Sstar ?? c.S;
      out[a]![b] = value;
      out[b]![a] = value;
    }
  return out;
}

/** Horn overlap of two members, log2(2/Dβ) with Dβ of the pair (AhpCluster "H"): 1 = identical. */
export function hornOverlap(a: number[], b: number[]): number {
  return Math.log2(2 / consensusIndex([a, b]).Dbeta);
}

/**
 * Ranks of weights, 1 = most important; ties (equal within 1e-9 relative) get their average rank.
 */
export function ranksFromWeights(weights: number[]): number[] {
  const order = weights.map((w, i) => ({ w, i })).sort((x, y) => y.w - x.w || x.i - y.i);
  const ranks = new Array<number>(weights.length).fill(0);
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && isTied(order[start]!.w, order[end]!.w)) end++;
    const rank = (start + 1 + end) / 2; // average of positions start+1 … end
    for (let p = start; p < end; p++) ranks[order[p]!.i] = rank;
    start = end;
  }
  return ranks;
}

/**
 * Kendall's W for m judges × n objects, ties as average ranks:
 * W = (12 Σ R_i² − 3 m² n (n+1)²) / (m² n (n²−1) − m Σ_j Σ_groups (t³ − t)),
 * χ² = m (n−1) W, df = n − 1. When every judge ties every object (0/0) W is 1: identical rankings.
 */
export function kendallW(ranks: number[][]): {
  W: number;
  rankSums: number[];
  chi2: number;
  df: number;
  tieTerm: number;
} {
  const issues: FieldIssue[] = [];
  const m = Array.isArray(ranks) ? ranks.length : 0;
  const n = ranks?.[0]?.length ?? 0;
  if (m < 1) issues.push({ path: '(root)', message: 'needs at least one judge' });
  else if (n < 2) issues.push({ path: '[0]', message: 'needs at least two objects' });
  ranks?.forEach((row, k) => {
    if (!Array.isArray(row) || row.length !== n)
      issues.push({ path: `[${k}]`, message: `must rank ${n} objects` });
    else
      row.forEach((r, i) => {
        if (!Number.isFinite(r)) issues.push({ path: `[${k}][${i}]`, message: 'must be finite' });
      });
  });
  if (issues.length > 0) throw new ValidationError('ranks', issues);
  const rankSums = new Array<number>(n).fill(0);
  let tieTerm = 0; // Σ_j Σ_groups (t³ − t)
  for (const row of ranks) {
    row.forEach((r, i) => (rankSums[i]! += r));
    const sorted = [...row].sort((a, b) => a - b);
    let start = 0;
    while (start < n) {
      let end = start + 1;
      while (end < n && isTied(sorted[start]!, sorted[end]!)) end++;
      const t = end - start;
      tieTerm += t * t * t - t;
      start = end;
    }
  }
  const sumSq = rankSums.reduce((s, r) => s + r * r, 0);
  const numerator = 12 * sumSq - 3 * m * m * n * (n + 1) ** 2;
  const denominator = m * m * n * (n * n - 1) - m * tieTerm;
  const raw = denominator > 0 ? numerator / denominator : 1;
  const W = Math.min(1, Math.max(0, raw)); // [0, 1] in exact arithmetic; clamps rounding noise
  return { W, rankSums, chi2: m * (n - 1) * W, df: n - 1, tieTerm };
}
