import type { AhpResult } from '../types';

/** Saaty's random consistency index RI(n), n = 1..10. */
export const SAATY_RI: Readonly<Record<number, number>> = {
  1: 0,
  2: 0,
  3: 0.58,
  4: 0.9,
  5: 1.12,
  6: 1.24,
  7: 1.32,
  8: 1.41,
  9: 1.45,
  10: 1.49,
};

/** A cr above this means the judgments are inconsistent. */
export const AHP_CONSISTENT_CR = 0.1;

function assertPositiveSquare(matrix: number[][]): number {
  const n = matrix.length;
  for (const row of matrix) {
    if (row.length !== n) throw new Error(`AHP matrix must be square (${n}×${n})`);
    for (const v of row)
      if (!(v > 0) || !Number.isFinite(v))
        throw new Error('AHP matrix entries must be finite and > 0');
  }
  return n;
}

/**
 * Principal right eigenvector by power iteration (a positive matrix has a unique one, Perron),
 * normalized to Σ = 1; lambdaMax = mean of (A w)_i / w_i; ci = (λ − n)/(n − 1); cr = ci / RI(n).
 */
export function ahp(matrix: number[][]): AhpResult {
  const n = assertPositiveSquare(matrix);
  if (n === 0) return { weights: [], lambdaMax: 0, ci: 0, cr: 0 };
  let w = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < 1000; iter++) {
    const product = multiply(matrix, w);
    const sum = product.reduce((s, v) => s + v, 0);
    const next = product.map((v) => v / sum);
    const change = next.reduce((s, v, i) => s + Math.abs(v - (w[i] ?? 0)), 0);
    w = next;
    if (change < 1e-13) break;
  }
  const aw = multiply(matrix, w);
  const lambdaMax = aw.reduce((s, v, i) => s + v / (w[i] ?? 1), 0) / n;
  if (n <= 2) return { weights: w, lambdaMax, ci: 0, cr: 0 };
  const ci = Math.max(0, (lambdaMax - n) / (n - 1));
  const ri = SAATY_RI[n] ?? SAATY_RI[10] ?? 1.49;
  return { weights: w, lambdaMax, ci, cr: ci / ri };
}

function multiply(matrix: number[][], v: number[]): number[] {
  return matrix.map((row) => row.reduce((s, a, j) => s + a * (v[j] ?? 0), 0));
}

/**
 * Builds the reciprocal comparison matrix for `ids` from judgments keyed "a>b" (how much more a
 * matters than b, Saaty 1/9..9). Missing pairs are 1 (equal); the mirror cell gets 1/value.
 */
export function ahpMatrixFromJudgments(
  ids: string[],
  pairwise: Record<string, number>,
): number[][] {
  const index = new Map(ids.map((id, i) => [id, i]));
  const matrix = ids.map(() => ids.map(() => 1));
  for (const [key, value] of Object.entries(pairwise)) {
    const [a, b] = key.split('>');
    const i = a === undefined ? undefined : index.get(a);
    const j = b === undefined ? undefined : index.get(b);
    if (i === undefined || j === undefined || i === j || !(value > 0) || !Number.isFinite(value))
      continue;
    const rowI = matrix[i];
    const rowJ = matrix[j];
    if (!rowI || !rowJ) continue;
    rowI[j] = value;
    rowJ[i] = 1 / value;
  }
  return matrix;
}

/**
 * The judgment (upper triangle) that deviates most, in log ratio, from what the AHP weights imply
 * (w_row / w_col): the first one to revisit when cr > 0.10. Null for n ≤ 2 (always consistent).
 */
export function mostInconsistentJudgment(
  matrix: number[][],
): { row: number; col: number; given: number; implied: number } | null {
  const n = matrix.length;
  if (n <= 2) return null;
  const { weights } = ahp(matrix);
  let worst: { row: number; col: number; given: number; implied: number } | null = null;
  let worstDeviation = -1;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const given = matrix[i]?.[j] ?? 1;
      const implied = (weights[i] ?? 0) / (weights[j] ?? 1);
      const deviation = Math.abs(Math.log(given / implied));
      if (deviation > worstDeviation) {
        worstDeviation = deviation;
        worst = { row: i, col: j, given, implied };
      }
    }
  }
  return worst;
}
