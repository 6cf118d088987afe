import { evaluateOffer } from './scoring';
import type { Offer } from '../schemas/offer';
import type { Profile } from '../schemas/profile';
import type { EvaluateOptions, Evaluation } from '../types';

const EPS = 1e-12;

interface GapLine {
  dimension: string;
  weight: number;
  du: number; // utility(a) − utility(b)
  rest: number | null; // R, or null when W_i = 1
}

/** b's utility for a's i-th contribution (same profile → same order; else look it up). */
function utilityOfB(a: Evaluation, b: Evaluation, i: number): number {
  const dimension = a.contributions[i]?.dimension;
  const aligned = b.contributions[i];
  if (aligned && aligned.dimension === dimension) return aligned.utility;
  return b.contributions.find((c) => c.dimension === dimension)?.utility ?? 0;
}

/**
 * With W_i set to t and the other normalized weights rescaled to sum 1 − t, the score gap is
 * linear in t: D(t)/100 = t·Δu_i + (1 − t)·R, where Δu = utility(a) − utility(b) and
 * R = Σ_{j≠i} W_j Δu_j / (1 − W_i).
 */
function gapLines(a: Evaluation, b: Evaluation): GapLine[] {
  const n = a.contributions.length;
  const du = new Array<number>(n);
  let total = 0; // Σ_j W_j Δu_j
  for (let i = 0; i < n; i++) {
    const c = a.contributions[i];
    const d = (c?.utility ?? 0) - utilityOfB(a, b, i);
    du[i] = d;
    total += (c?.weight ?? 0) * d;
  }
  const lines: GapLine[] = new Array<GapLine>(n);
  for (let i = 0; i < n; i++) {
    const c = a.contributions[i];
    const weight = c?.weight ?? 0;
    const d = du[i] ?? 0;
    const others = 1 - weight;
    lines[i] = {
      dimension: c?.dimension ?? '',
      weight,
      du: d,
      rest: others > EPS ? (total - weight * d) / others : null,
    };
  }
  return lines;
}

/** Flip points from two evaluations against the same profile (no recomputation of money). */
export function flipPointsFromEvaluations(
  a: Evaluation,
  b: Evaluation,
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const { dimension, du, rest } of gapLines(a, b)) {
    if (rest === null) {
      out[dimension] = null; // W_i is already 1: nothing to rescale
      continue;
    }
    const slope = du - rest; // D(t) ∝ rest + t·slope
    if (Math.abs(slope) < EPS) {
      out[dimension] = null; // parallel: tie everywhere or nowhere
      continue;
    }
    const t = -rest / slope;
    out[dimension] = t >= 0 && t < 1 ? t : null;
  }
  return out;
}

/** For each weighted dimension, the normalized weight t ∈ [0, 1) at which a and b tie (see DESIGN.md). */
export function weightFlipPoints(
  a: Offer,
  b: Offer,
  profile: Profile,
  options?: EvaluateOptions,
): Record<string, number | null> {
  return flipPointsFromEvaluations(
    evaluateOffer(a, profile, options),
    evaluateOffer(b, profile, options),
  );
}

/** Ranges of each dimension's normalized weight over which `leader` still scores ≥ `runnerUp`. */
export function leaderRangesFromEvaluations(
  leader: Evaluation,
  runnerUp: Evaluation,
): Record<string, { current: number; min: number; max: number }> {
  const out: Record<string, { current: number; min: number; max: number }> = {};
  for (const { dimension, weight, du, rest } of gapLines(leader, runnerUp)) {
    const stuck = { current: weight, min: weight, max: weight };
    if (rest === null) {
      out[dimension] = stuck;
      continue;
    }
    const slope = du - rest; // gap(t) ∝ rest + t·slope, t ∈ [0, 1]
    let min = 0;
    let max = 1;
    if (slope > EPS) min = Math.min(1, Math.max(0, -rest / slope));
    else if (slope < -EPS) max = Math.min(1, Math.max(0, -rest / slope));
    else if (rest < -EPS) min = max = weight;
    // When the leader is behind at the current weight, the range is empty: report it as [current, current].
    out[dimension] =
      weight >= min - 1e-9 && weight <= max + 1e-9 ? { current: weight, min, max } : stuck;
  }
  return out;
}

/**
 * Per weighted dimension: the interval of normalized weight (others rescaled proportionally)
 * containing the current weight in which `leader` still scores ≥ `runnerUp`.
 */
export function leaderWeightRanges(
  leader: Offer,
  runnerUp: Offer,
  profile: Profile,
  options?: EvaluateOptions,
): Record<string, { current: number; min: number; max: number }> {
  return leaderRangesFromEvaluations(
    evaluateOffer(leader, profile, options),
    evaluateOffer(runnerUp, profile, options),
  );
}
