import { combinationsOf, curvesOf } from './negotiateGreedy';
import { parseLevers } from './negotiateLevers';
import { buildModel, type Model } from './negotiateModel';
import { singleScenarioCases } from './negotiateLpCases';
import type { LeverValues } from './negotiatePackage';
import { checkLeverDimensions } from './negotiateSetup';
import type { Frontier, FrontierInput } from './negotiateTypes';
import { envelope, type PlFn } from './negotiateEnvelope';

/**
 * costScoreFrontier (decide.md §1.4): the least employer cost F of reaching each score, as exact
 * breakpoints. A problem Algorithm A can solve takes the lower envelope of every run
 * combination's greedy curve Φ; a coupled one traces each LP case's convex V_c(T) with the
 * tangent-intersection recursion (Eisner & Severance 1976) and takes their envelope.
 */

export function costScoreFrontier(input: FrontierInput): Frontier {
  const levers = parseLevers(input.levers, input.offer);
  checkLeverDimensions(levers, input.profile);
  const costYears = input.costYears ?? input.profile.horizonYears;
  const spec = { name: input.profile.name, profile: input.profile, outlook: 'expected' as const };
  // The rival does not matter for the frontier: our own offer stands in for it.
  const model = buildModel(
    input.offer,
    input.offer,
    levers,
    input.finance,
    costYears,
    0,
    [spec],
    input.fxRates,
  );
  const coupled = model.coupling.length > 0;
  const fns = coupled ? caseFunctions(model) : greedyFunctions(model);
  const { points, pieceLevers } = envelope(fns);
  const score0 = model.scenarios[0]?.score0 ?? 0;
  const out = points.map((p) => ({ score: score0 + p.n, cost: model.cost0 + p.cost }));
  const segments = [];
  for (let i = 1; i < out.length; i++) {
    const a = out[i - 1];
    const b = out[i];
    if (!a || !b || !(b.score - a.score > 1e-12)) continue;
    segments.push({
      fromScore: a.score,
      toScore: b.score,
      dollarsPerPoint: (b.cost - a.cost) / (b.score - a.score),
      levers: pieceLevers[i] ?? [],
    });
  }
  return {
    points: out,
    segments,
    floorScore: score0,
    maxScore: out[out.length - 1]?.score ?? score0,
    algorithm: coupled ? 'lp' : 'greedy',
  };
}

/** Φ of every run combination: its start, then the sorted segments' cumulative sums. */
function greedyFunctions(model: Model): PlFn[] {
  return combinationsOf(curvesOf(model)).map((combo) => {
    const pts: PlFn = [{ n: combo.start, cost: combo.startCost, levers: [] }];
    let n = combo.start;
    let cost = combo.startCost;
    for (const seg of combo.sorted) {
      n += seg.len;
      cost += seg.len * seg.slope;
      pts.push({ n, cost, levers: [seg.dim] });
    }
    return pts;
  });
}

const differing = (a: LeverValues, b: LeverValues, model: Model): string[] => {
  const out: string[] = [];
  const moved = (x: number, y: number) => Math.abs(x - y) > 1e-6 * Math.max(1, Math.abs(x));
  if (moved(a.c, b.c)) out.push('cash');
  if (moved(a.s, b.s)) out.push('signOn');
  if (moved(a.G, b.G)) out.push('rsuGrant');
  model.ratings.forEach((r, i) => {
    if (moved(a.rho[i] ?? 0, b.rho[i] ?? 0)) out.push(r.dimension);
  });
  return out;
};

/** Each LP case's V_c on [score0, Tmax_c], breakpoints by tangent intersection. */
function caseFunctions(model: Model): PlFn[] {
  const score0 = model.scenarios[0]?.score0 ?? 0;
  const fns: PlFn[] = [];
  for (const lp of singleScenarioCases(model)) {
    const tMax = lp.maxScore();
    const lo = lp.solveAt(score0);
    if (tMax === null || !lo) continue;
    const hiT = Math.max(score0, tMax);
    const hi = lp.solveAt(hiT);
    if (!hi) continue;
    type P = { T: number; cost: number; dual: number; x: LeverValues };
    const found: P[] = [{ T: score0, ...lo }];
    const trace = (a: P, b: P, depth: number) => {
      if (b.T - a.T < 1e-9 || depth > 40) return;
      const dd = a.dual - b.dual;
      if (Math.abs(dd) <= 1e-9 * Math.max(1, Math.abs(a.dual))) return; // one line
      const t = (b.cost - a.cost + a.dual * a.T - b.dual * b.T) / dd;
      if (!(t > a.T + 1e-12 && t < b.T - 1e-12)) return;
      const mid = lp.solveAt(t);
      if (!mid) return;
      const m: P = { T: t, ...mid };
      const tangent = a.cost + a.dual * (t - a.T);
      if (Math.abs(mid.cost - tangent) <= 1e-4) {
        found.push(m);
        return;
      }
      trace(a, m, depth + 1);
      found.push(m);
      trace(m, b, depth + 1);
    };
    const last: P = { T: hiT, ...hi };
    trace(found[0] as P, last, 0);
    found.push(last);
    found.sort((p, q) => p.T - q.T);
    fns.push(
      found.map((p, i) => ({
        n: p.T - score0,
        cost: p.cost,
        levers: i === 0 ? [] : differing(found[i - 1]?.x ?? p.x, p.x, model),
      })),
    );
  }
  return fns;
}
