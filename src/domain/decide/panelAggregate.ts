/** AIJ and AIP: combining the members' judgments or priorities into one (decide.md §2.3). */
import { ValidationError, type FieldIssue } from '../errors';
import { ahp } from './ahp';
import { memberLambdas, normalize, normalizedVectors } from './panelMath';

/** |a_ij · a_ji − 1| and |a_ii − 1| above this make a matrix non-reciprocal. */
const RECIPROCAL_TOLERANCE = 1e-9;

export interface AggregatedJudgments {
  matrix: number[][]; // a^G_ij = Π_k (a^k_ij)^λ_k
  weights: number[]; // ahp(A^G).weights
  lambdaMax: number;
  ci: number;
  cr: number; // DESIGN's Saaty RI
  geoSd: number[][]; // exp(sample sd of ln a^k_ij), unweighted (AHP-OS eq. 10); 1 on the diagonal
  /** added: AHP-OS's CR, (λ − n)/(2.7699 n − 4.3513 − n) (Alonso–Lamata fit); 0 for n ≤ 2. */
  crAlonsoLamata: number;
}

/** AHP-OS's consistency ratio: CI over the Alonso–Lamata fit of the random index. */
export function alonsoLamataCr(lambdaMax: number, n: number): number {
  if (n <= 2) return 0;
  return Math.max(0, lambdaMax - n) / (2.7699 * n - 4.3513 - n);
}

/**
 * Checks K square pairwise matrices of one size: positive, finite, a_ii = 1, a_ji = 1/a_ij. Issue
 * paths are `[member][row][col]`; `names` (when given) name the member in each message.
 */
export function judgmentIssues(
  matrices: readonly (readonly (readonly number[])[])[],
  names?: readonly string[],
  pathOf: (k: number) => string = (k) => `[${k}]`,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const n = matrices[0]?.length ?? 0;
  matrices.forEach((m, k) => {
    const who = names?.[k] ? `${names[k]}: ` : '';
    const add = (path: string, message: string) =>
      issues.push({ path: `${pathOf(k)}${path}`, message: `${who}${message}` });
    if (!Array.isArray(m) || m.length !== n || m.some((r) => !Array.isArray(r) || r.length !== n)) {
      add('', `must be a ${n}×${n} matrix, one row and column per dimension`);
      return;
    }
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        const a = m[i]![j]!;
        if (!Number.isFinite(a) || !(a > 0)) add(`[${i}][${j}]`, 'must be a finite number > 0');
        else if (i === j && Math.abs(a - 1) > RECIPROCAL_TOLERANCE)
          add(`[${i}][${j}]`, 'must be 1');
        else if (j < i) {
          const mirror = m[j]![i]!;
          if (mirror > 0 && Math.abs(a * mirror - 1) > RECIPROCAL_TOLERANCE)
            add(
              `[${i}][${j}]`,
              `must be the reciprocal of [${j}][${i}] (1/${mirror} = ${1 / mirror})`,
            );
        }
      }
  });
  return issues;
}

/**
 * AIJ: the weighted geometric mean of each judgment, a^G_ij = Π_k (a^k_ij)^λ_k (the only mean that
 * keeps the matrix reciprocal), then `ahp(A^G)`. geoSd_ij = exp(√((Σ ln² − (Σ ln)²/K)/(K − 1)));
 * with one member there is no spread and geoSd is 1.
 */
export function aggregateJudgments(
  matrices: number[][][],
  options?: { memberWeights?: number[] },
): AggregatedJudgments {
  if (!Array.isArray(matrices) || matrices.length === 0)
    throw new ValidationError('judgments', [
      { path: '(root)', message: 'needs at least one member' },
    ]);
  const issues = judgmentIssues(matrices);
  if (issues.length > 0) throw new ValidationError('judgments', issues);
  const K = matrices.length;
  const n = matrices[0]!.length;
  const lambda = memberLambdas(K, options?.memberWeights);
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  const geoSd = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      let weighted = 0; // Σ λ_k ln a_ij
      let sum = 0; // Σ ln a_ij
      let sumSq = 0; // Σ (ln a_ij)²
      for (let k = 0; k < K; k++) {
        const x = Math.log(matrices[k]![i]![j]!);
        weighted += lambda[k]! * x;
        sum += x;
        sumSq += x * x;
      }
      const a = Math.exp(weighted);
      matrix[i]![j] = a;
      matrix[j]![i] = 1 / a;
      const variance = K > 1 ? Math.max(0, (sumSq - (sum * sum) / K) / (K - 1)) : 0;
      const sd = Math.exp(Math.sqrt(variance));
      geoSd[i]![j] = sd;
      geoSd[j]![i] = sd;
    }
  const result = ahp(matrix);
  return {
    matrix,
    ...result,
    geoSd,
    crAlonsoLamata: alonsoLamataCr(result.lambdaMax, n),
  };
}

export interface AggregatePrioritiesOptions {
  memberWeights?: number[];
  mean?: 'geometric' | 'arithmetic';
  /** added: names for the zero-weight message (member names, dimension ids). */
  labels?: { members?: readonly string[]; dimensions?: readonly string[] };
}

/**
 * AIP: geometric w_i ∝ Π_k (w^k_i)^λ_k (normalized), or arithmetic w_i = Σ_k λ_k w^k_i, after
 * normalizing each member's vector to Σ = 1. Geometric needs every weight > 0.
 */
export function aggregatePriorities(
  vectors: number[][],
  options?: AggregatePrioritiesOptions,
): number[] {
  const w = normalizedVectors(vectors, 'priority vectors');
  const lambda = memberLambdas(w.length, options?.memberWeights);
  const n = w[0]!.length;
  if ((options?.mean ?? 'geometric') === 'arithmetic') {
    const out = new Array<number>(n).fill(0);
    w.forEach((v, k) => v.forEach((x, i) => (out[i]! += lambda[k]! * x)));
    return normalize(out);
  }
  w.forEach((v, k) => {
    const i = v.findIndex((x) => x === 0);
    if (i < 0) return;
    const member = options?.labels?.members?.[k] ?? String(k + 1);
    const dimension = options?.labels?.dimensions?.[i] ?? String(i + 1);
    throw new Error(
      `member ${member} gives dimension ${dimension} weight 0: geometric aggregation needs every weight > 0; use arithmetic or drop the dimension`,
    );
  });
  const logs = new Array<number>(n).fill(0); // Σ_k λ_k ln w^k_i
  w.forEach((v, k) => v.forEach((x, i) => (logs[i]! += lambda[k]! * Math.log(x))));
  const top = Math.max(...logs);
  return normalize(logs.map((l) => Math.exp(l - top)));
}
