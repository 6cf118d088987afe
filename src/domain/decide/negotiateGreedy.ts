import { bestCash, cashCurve, equityCurve, ratingCurves, type Curve } from './negotiateCurves';
import type { Model } from './negotiateModel';
import { zeroLevers, type LeverValues } from './negotiatePackage';

/**
 * Algorithm A2–A5 (decide.md §1.3): cut each curve into convex runs, and for every combination of
 * one run per dimension merge the segments greedily by $ per point (lever order on ties).
 */
export interface Segment {
  dim: string;
  order: number;
  len: number; // points
  slope: number; // $ per point
}

export interface Run {
  dim: string;
  start: number; // points at the run's start
  startCost: number;
  segments: Segment[];
}

export interface Combination {
  runs: Run[];
  start: number;
  startCost: number;
  sorted: Segment[]; // by slope, then lever order
  end: number;
}

export function curvesOf(model: Model): Curve[] {
  return [cashCurve(model), equityCurve(model), ...ratingCurves(model)]
    .filter((c): c is Curve => c !== null)
    .sort((a, b) => a.order - b.order);
}

/** A2: maximal runs of non-decreasing slope; F4's isolated (0, 0) is a run of its own. */
export function runsOf(curve: Curve): Run[] {
  const runs: Run[] = [];
  if (curve.isolatedZero) runs.push({ dim: curve.dim, start: 0, startCost: 0, segments: [] });
  const pts = curve.points;
  let current: Run | null = null;
  let lastSlope = -Infinity;
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1];
    const b = pts[i];
    if (!a || !b || !(b.v > a.v)) continue;
    const slope = (b.cost - a.cost) / (b.v - a.v);
    if (!current || slope < lastSlope - 1e-9 * Math.max(1, Math.abs(lastSlope))) {
      current = { dim: curve.dim, start: a.v, startCost: a.cost, segments: [] };
      runs.push(current);
    }
    current.segments.push({ dim: curve.dim, order: curve.order, len: b.v - a.v, slope });
    lastSlope = slope;
  }
  if (runs.length === 0)
    runs.push({ dim: curve.dim, start: 0, startCost: pts[0]?.cost ?? 0, segments: [] });
  return runs;
}

/** A3: every combination of one run per dimension, segments sorted by (slope, lever order). */
export function combinationsOf(curves: Curve[]): Combination[] {
  let combos: Run[][] = [[]];
  for (const curve of curves) {
    const runs = runsOf(curve);
    combos = combos.flatMap((c) => runs.map((r) => [...c, r]));
  }
  return combos.map((runs) => {
    const sorted = runs
      .flatMap((r) => r.segments)
      .sort((a, b) => a.slope - b.slope || a.order - b.order);
    const start = runs.reduce((s, r) => s + r.start, 0);
    return {
      runs,
      start,
      startCost: runs.reduce((s, r) => s + r.startCost, 0),
      sorted,
      end: start + sorted.reduce((s, g) => s + g.len, 0),
    };
  });
}

export interface GreedyFill {
  cost: number;
  points: Map<string, number>; // points per dimension
  steps: { lever: string; points: number; dollarsPerPoint: number }[];
}

/** Greedy walk of one combination up to `need` points: Φ(max(need, start)). */
export function fill(combo: Combination, need: number): GreedyFill {
  const points = new Map<string, number>();
  const steps: GreedyFill['steps'] = [];
  for (const r of combo.runs) {
    points.set(r.dim, r.start);
    if (r.start > 0)
      steps.push({ lever: r.dim, points: r.start, dollarsPerPoint: r.startCost / r.start });
  }
  let cost = combo.startCost;
  let have = combo.start;
  for (const seg of combo.sorted) {
    if (have >= need - 1e-12) break;
    const take = Math.min(seg.len, need - have);
    have += take;
    cost += take * seg.slope;
    points.set(seg.dim, (points.get(seg.dim) ?? 0) + take);
    const last = steps[steps.length - 1];
    if (last && last.lever === seg.dim && Math.abs(last.dollarsPerPoint - seg.slope) < 1e-9)
      last.points += take;
    else steps.push({ lever: seg.dim, points: take, dollarsPerPoint: seg.slope });
  }
  return { cost, points, steps };
}

/** A5: lever values from each dimension's points. */
export function recoverLevers(
  model: Model,
  curves: Curve[],
  points: Map<string, number>,
): LeverValues {
  const x = zeroLevers(model);
  for (const curve of curves) {
    const v = points.get(curve.dim) ?? 0;
    if (!(v > 0) && !curve.isolatedZero) continue;
    const amount = curve.amountAt(v);
    if (!(amount > 0)) continue;
    if (curve.dim === 'cash') {
      const cash = bestCash(model, amount);
      x.c = Math.max(0, cash.c);
      x.s = Math.max(0, cash.s);
    } else if (curve.dim === 'equity') x.G = Math.min(model.gMax, amount);
    else {
      const i = model.ratings.findIndex((r) => r.dimension === curve.dim);
      if (i >= 0) x.rho[i] = Math.min(model.ratings[i]?.range ?? 0, amount);
    }
  }
  return x;
}

export interface GreedyAnswer {
  x: LeverValues;
  cost: number; // curve value over P0
  steps: GreedyFill['steps'];
}

/** A4: the cheapest combination at `need` (to the cent), then the least recurring cash (T2). */
export function greedySolve(model: Model, need: number): GreedyAnswer | null {
  const curves = curvesOf(model);
  const combos = combinationsOf(curves);
  let best: GreedyAnswer | null = null;
  for (const combo of combos) {
    if (combo.end < need - 1e-9) continue;
    const f = fill(combo, need);
    const cheaper = !best || f.cost < best.cost - 0.005;
    const tie = best && Math.abs(f.cost - best.cost) <= 0.005;
    if (!cheaper && !tie) continue;
    const x = recoverLevers(model, curves, f.points);
    if (tie && best && !(x.c < best.x.c - 1e-6)) continue;
    best = { x, cost: f.cost, steps: f.steps };
  }
  return best;
}
