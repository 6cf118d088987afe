/** Small shared helpers of the panel engine: validation of vectors, member weights, entropy. */
import { ValidationError, type FieldIssue } from '../errors';

/** Two weights closer than this (relative) count as tied: AHP eigenvectors carry ~1e-16 noise. */
export const TIE_TOLERANCE = 1e-9;

export const isTied = (a: number, b: number): boolean =>
  Math.abs(a - b) <= TIE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));

/** −x ln x with 0 ln 0 = 0. */
export const plogp = (x: number): number => (x > 0 ? -x * Math.log(x) : 0);

/** Shannon entropy H(w) = Σ −w ln w (natural log). */
export function entropy(w: readonly number[]): number {
  let h = 0;
  for (const x of w) h += plogp(x);
  return h;
}

/**
 * Checks K priority vectors over the same n dimensions (finite, ≥ 0, Σ > 0) and returns them
 * normalized to Σ = 1 (weights that do not sum to 1 are normalized, §2.6).
 */
export function normalizedVectors(
  vectors: readonly (readonly number[])[],
  what: string,
): number[][] {
  const issues: FieldIssue[] = [];
  if (!Array.isArray(vectors) || vectors.length === 0)
    throw new ValidationError(what, [{ path: '(root)', message: 'needs at least one member' }]);
  const n = vectors[0]?.length ?? 0;
  if (n === 0) issues.push({ path: '[0]', message: 'needs at least one dimension' });
  const out = vectors.map((v, k) => {
    if (!Array.isArray(v) || v.length !== n) {
      issues.push({ path: `[${k}]`, message: `must have ${n} weights, one per dimension` });
      return [];
    }
    let sum = 0;
    v.forEach((x, i) => {
      if (!Number.isFinite(x) || x < 0)
        issues.push({ path: `[${k}][${i}]`, message: 'must be a finite number ≥ 0' });
      else sum += x;
    });
    if (!(sum > 0)) issues.push({ path: `[${k}]`, message: 'at least one weight must be > 0' });
    return v.map((x) => x / sum);
  });
  if (issues.length > 0) throw new ValidationError(what, issues);
  return out;
}

/** Member weights λ normalized to Σ = 1; equal (1/K) when not given. Each must be finite ≥ 0. */
export function memberLambdas(
  count: number,
  memberWeights: readonly number[] | undefined,
): number[] {
  if (memberWeights === undefined) return new Array<number>(count).fill(1 / count);
  const issues: FieldIssue[] = [];
  if (memberWeights.length !== count)
    issues.push({ path: 'memberWeights', message: `must have ${count} entries, one per member` });
  let sum = 0;
  memberWeights.forEach((x, k) => {
    if (!Number.isFinite(x) || x < 0)
      issues.push({ path: `memberWeights[${k}]`, message: 'must be a finite number ≥ 0' });
    else sum += x;
  });
  if (issues.length === 0 && !(sum > 0))
    issues.push({ path: 'memberWeights', message: 'at least one member weight must be > 0' });
  if (issues.length > 0) throw new ValidationError('member weights', issues);
  return memberWeights.map((x) => x / sum);
}

/** Σ = 1 rescaling of a non-negative vector with a positive sum. */
export function normalize(v: readonly number[]): number[] {
  let sum = 0;
  for (const x of v) sum += x;
  return v.map((x) => x / sum);
}

/** A vector keyed by `ids` (record in id order). */
export function keyed(ids: readonly string[], values: readonly number[]): Record<string, number> {
  const out: Record<string, number> = {};
  ids.forEach((id, i) => {
    out[id] = values[i] ?? 0;
  });
  return out;
}
