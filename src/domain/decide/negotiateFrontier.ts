import { combinationsOf, curvesOf } from './negotiateGreedy';
import { parseLevers } from './negotiateLevers';
import { buildModel, type Model } from './negotiateModel';
import { singleScenarioCases } from './negotiateLp';
import type { LeverValues } from './negotiatePackage';
import { checkLeverDimensions } from './negotiate';
import type { Frontier, FrontierInput } from './negotiateTypes';

/**
 * costScoreFrontier (decide.md §1.4): the least employer cost F of reaching each score, as exact
 * breakpoints. A problem Algorithm A can solve takes the lower envelope of every run
 * combination's greedy curve Φ; a coupled one traces each LP case's convex V_c(T) with the
 * tangent-intersection recursion (Eisner & Severance 1976) and takes their envelope.
 */
interface PlPoint {
  n: number; // points over P0
  cost: number; // $ over P0
  levers: string[]; // what buys the piece ending here
}
type PlFn = PlPoint[]; // constant left of its first point, undefined right of its last

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

const valueAt = (fn: PlFn, n: number): number => {
  const first = fn[0];
  const last = fn[fn.length - 1];
  if (!first || !last || n > last.n + 1e-9) return Infinity;
  if (n <= first.n) return first.cost;
  for (let i = 1; i < fn.length; i++) {
    const a = fn[i - 1];
    const b = fn[i];
    if (a && b && n <= b.n + 1e-12)
      return b.n - a.n > 1e-15 ? a.cost + ((b.cost - a.cost) * (n - a.n)) / (b.n - a.n) : b.cost;
  }
  return last.cost;
};

const leversAt = (fn: PlFn, n: number): string[] => {
  for (let i = 1; i < fn.length; i++) {
    const a = fn[i - 1];
    const b = fn[i];
    if (a && b && n > a.n && n <= b.n) return b.levers;
  }
  return [];
};

/** F(n) = min over functions; breakpoints, pairwise crossings, upward jumps, collinear dropped. */
function envelope(fns: PlFn[]): { points: { n: number; cost: number }[]; pieceLevers: string[][] } {
  const xs = [...new Set(fns.flatMap((f) => f.map((p) => p.n)))]
    .filter((n) => n >= 0)
    .sort((a, b) => a - b);
  if (!xs.includes(0)) xs.unshift(0);
  const all = new Set(xs);
  for (let i = 1; i < xs.length; i++) {
    const a = xs[i - 1] ?? 0;
    const b = xs[i] ?? 0;
    const valid = fns.filter((f) => valueAt(f, b) < Infinity);
    for (let p = 0; p < valid.length; p++)
      for (let q = p + 1; q < valid.length; q++) {
        const fp = valid[p] as PlFn;
        const fq = valid[q] as PlFn;
        const da = valueAt(fp, a) - valueAt(fq, a);
        const db = valueAt(fp, b) - valueAt(fq, b);
        if (da * db < 0) all.add(a + (da / (da - db)) * (b - a));
      }
  }
  const grid = [...all].sort((a, b) => a - b);
  const F = (n: number) => Math.min(...fns.map((f) => valueAt(f, n)));
  const Fright = (n: number) =>
    Math.min(...fns.map((f) => ((f[f.length - 1]?.n ?? -1) > n + 1e-9 ? valueAt(f, n) : Infinity)));
  const best = (n: number) => {
    let arg: PlFn | undefined;
    let v = Infinity;
    for (const f of fns) {
      const x = valueAt(f, n);
      if (x < v - 0.005) {
        v = x;
        arg = f;
      }
    }
    return arg;
  };
  const raw: { n: number; cost: number }[] = [];
  grid.forEach((n, i) => {
    const v = F(n);
    if (!Number.isFinite(v)) return;
    raw.push({ n, cost: v });
    const right = Fright(n);
    if (i < grid.length - 1 && Number.isFinite(right) && right > v + 0.005)
      raw.push({ n, cost: right });
  });
  // drop collinear interior points (slopes equal, or within half a cent of the chord)
  const points: { n: number; cost: number }[] = [];
  for (const p of raw) {
    const prev = points[points.length - 1];
    const before = points[points.length - 2];
    if (prev && before && p.n > prev.n && prev.n > before.n) {
      const chord = before.cost + ((p.cost - before.cost) * (prev.n - before.n)) / (p.n - before.n);
      if (Math.abs(chord - prev.cost) <= 0.005) points.pop();
    }
    points.push(p);
  }
  const pieceLevers = points.map((p, i) => {
    const a = points[i - 1];
    if (!a || !(p.n > a.n)) return [];
    const mid = (a.n + p.n) / 2;
    const f = best(mid);
    return f ? leversAt(f, mid) : [];
  });
  return { points, pieceLevers };
}
