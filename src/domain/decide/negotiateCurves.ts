import { moneyUtility } from './scoring';
import type { Model } from './negotiateModel';

/**
 * Algorithm A1 (decide.md §1.3): each dimension's least cost K_d(v) of v more score points using
 * its own levers, as exact piecewise-linear points, under the profile (scenario 0).
 */
export interface CurvePoint {
  v: number; // points over P0
  cost: number; // $ over P0's cost
}

export interface Curve {
  dim: string; // 'cash', 'equity' or a rated dimension
  order: number; // lever order of the dimension's first lever (T3)
  isolatedZero: boolean; // F4: (0 points, $0) then a jump to the floor
  points: CurvePoint[]; // v ascending, first at v = 0
  /** Raw lever amount X at v: cash X (average yearly cash, offer currency), grant $, rating ρ. */
  amountAt: (v: number) => number;
}

/** Cash lever amounts along the two strategies of F3 for X = A_H·c + s/H (offer currency). */
export function cashSplit(model: Model, X: number, signOnFirst: boolean): { c: number; s: number } {
  const view = model.views[0];
  const H = view?.horizon ?? 1;
  const aH = view?.aH ?? 1;
  if (signOnFirst) {
    const s = Math.min(H * X, model.sRange);
    return { c: Math.min(model.cRange, (X - s / H) / aH), s };
  }
  const c = aH > 0 ? Math.min(X / aH, model.cRange) : 0;
  return { c, s: Math.min(model.sRange, Math.max(0, H * (X - aH * c))) };
}

/** Exact extra employer cost of cash increments (c, s) over P0: pay plus capped payroll tax. */
export function cashCost(model: Model, c: number, s: number): number {
  let cost = s;
  for (let k = 1; k <= model.costYears; k++) {
    const dw = (model.g[k - 1] ?? 1) * c + (k === 1 ? s : 0);
    cost += (model.g[k - 1] ?? 1) * c;
    const w0 = model.w0[k - 1] ?? 0;
    for (const t of model.finance.payrollTaxes) {
      const cap = t.wageCap ?? Infinity;
      cost += (t.ratePct / 100) * (Math.min(w0 + dw, cap) - Math.min(w0, cap));
    }
  }
  return cost;
}

/** min over the two strategies; ties go to sign-on first (less recurring cash, T2). */
export function bestCash(model: Model, X: number): { c: number; s: number; cost: number } {
  const a = cashSplit(model, X, true);
  const b = cashSplit(model, X, false);
  const ca = cashCost(model, a.c, a.s);
  const cb = cashCost(model, b.c, b.s);
  return cb < ca - 1e-7 ? { ...b, cost: cb } : { ...a, cost: ca };
}

/** Kinks of the raw cash curve: switch points, cap crossings on each strategy, crossings. */
function cashKinks(model: Model, Xmax: number): number[] {
  const view = model.views[0];
  const H = view?.horizon ?? 1;
  const aH = view?.aH ?? 1;
  const xs = new Set<number>([0, Xmax]);
  for (const signOnFirst of [true, false]) {
    const sw = signOnFirst ? model.sRange / H : aH * model.cRange;
    const ends = [0, Math.min(sw, Xmax), Xmax];
    xs.add(ends[1] ?? 0);
    for (let p = 0; p < 2; p++) {
      const xa = ends[p] ?? 0;
      const xb = ends[p + 1] ?? 0;
      if (!(xb > xa)) continue;
      const A = cashSplit(model, xa, signOnFirst);
      const B = cashSplit(model, xb, signOnFirst);
      for (let k = 1; k <= model.costYears; k++) {
        const g = model.g[k - 1] ?? 1;
        const wa = (model.w0[k - 1] ?? 0) + g * A.c + (k === 1 ? A.s : 0);
        const wb = (model.w0[k - 1] ?? 0) + g * B.c + (k === 1 ? B.s : 0);
        for (const t of model.finance.payrollTaxes) {
          const cap = t.wageCap;
          if (cap === undefined || (wa - cap) * (wb - cap) >= 0) continue;
          xs.add(xa + ((cap - wa) / (wb - wa)) * (xb - xa));
        }
      }
    }
  }
  const sorted = [...xs].sort((a, b) => a - b);
  const out: number[] = [];
  sorted.forEach((x, i) => {
    out.push(x);
    const next = sorted[i + 1];
    if (next === undefined) return;
    // the two strategies are linear between kinks: add where they cross
    const cost = (X: number, f: boolean) => {
      const p = cashSplit(model, X, f);
      return cashCost(model, p.c, p.s);
    };
    const da = cost(x, true) - cost(x, false);
    const db = cost(next, true) - cost(next, false);
    if (da * db < 0) out.push(x + (da / (da - db)) * (next - x));
  });
  return out;
}

/** Maps a raw curve (amount X → cost) onto points, with F4's floor gap. */
function moneyCurve(
  model: Model,
  dim: 'cash' | 'equity',
  order: number,
  perUnit: number, // raw value (profile currency) per unit of X
  Xmax: number,
  rawCost: (X: number) => number,
  kinks: number[],
): Curve | null {
  const view = model.views[0];
  const W = model.scenarios[0]?.weights[dim] ?? 0;
  if (!view || !(W > 0) || !(perUnit > 0) || !(Xmax > 0)) return null;
  const { floor: f, target: t } = view.profile.money[dim];
  const x0 = view.x0[dim];
  if (x0 >= t) return null;
  const Xf = Math.max(0, (f - x0) / perUnit);
  const Xtop = Math.min(Xmax, (t - x0) / perUnit);
  if (!(Xtop > Xf)) return null; // floor out of reach
  const u0 = moneyUtility(x0, f, t);
  const vOf = (X: number) => 100 * W * (moneyUtility(x0 + perUnit * X, f, t) - u0);
  const xs = [Xf, ...kinks.filter((x) => x > Xf && x < Xtop), Xtop];
  const points = xs.map((X) => ({ v: X === Xf ? 0 : vOf(X), cost: rawCost(X) }));
  const scale = (t - f) / (100 * W * perUnit);
  return {
    dim,
    order,
    isolatedZero: Xf > 0,
    points: dropCollinear(points),
    amountAt: (v) => (v <= 0 && Xf > 0 ? 0 : Xf + v * scale),
  };
}

export function cashCurve(model: Model): Curve | null {
  const view = model.views[0];
  if (!view) return null;
  const Xmax = view.aH * model.cRange + model.sRange / view.horizon;
  const orders = [model.base.order, model.bonus.order, orderOf(model, 'signOn')].filter(
    (o) => o >= 0,
  );
  return moneyCurve(
    model,
    'cash',
    Math.min(...orders, Infinity),
    view.phi,
    Xmax,
    (X) => bestCash(model, X).cost,
    cashKinks(model, Xmax),
  );
}

/** τ_G: payroll tax per grant dollar (separable problems: uncapped rates or caps never reached). */
export function grantTaxRate(model: Model): number {
  let tau = 0;
  for (let k = 1; k <= model.costYears; k++) {
    const omega = model.omega[k - 1] ?? 0;
    for (const t of model.finance.payrollTaxes)
      if (t.wageCap === undefined || t.wageCap >= (model.wMax[k - 1] ?? 0))
        tau += omega * (t.ratePct / 100);
  }
  return tau;
}

export function equityCurve(model: Model): Curve | null {
  const view = model.views[0];
  if (!view || !(model.gMax > 0)) return null;
  const perDollar = model.hY + grantTaxRate(model);
  return moneyCurve(
    model,
    'equity',
    orderOf(model, 'rsuGrant'),
    view.eH,
    model.gMax,
    (G) => perDollar * G,
    [],
  );
}

export function ratingCurves(model: Model): Curve[] {
  const W = model.scenarios[0]?.weights ?? {};
  return model.ratings.flatMap((r) => {
    const w = W[r.dimension] ?? 0;
    if (!(w > 0) || !(r.range > 0)) return [];
    const vmax = 10 * w * r.range;
    return [
      {
        dim: r.dimension,
        order: r.order,
        isolatedZero: false,
        points: [
          { v: 0, cost: 0 },
          { v: vmax, cost: r.cpp * model.costYears * r.range },
        ],
        amountAt: (v: number) => v / (10 * w),
      },
    ];
  });
}

const orderOf = (model: Model, kind: string) => model.levers.findIndex((l) => l.kind === kind);

/** Drops interior points on the chord of their neighbours (half a cent). */
export function dropCollinear(points: CurvePoint[]): CurvePoint[] {
  const out: CurvePoint[] = [];
  for (const p of points) {
    const prev = out[out.length - 1];
    if (prev && Math.abs(p.v - prev.v) <= 1e-12) {
      out[out.length - 1] = p;
      continue;
    }
    const before = out[out.length - 2];
    if (prev && before) {
      const chord = before.cost + ((p.cost - before.cost) * (prev.v - before.v)) / (p.v - before.v);
      if (Math.abs(chord - prev.cost) <= 0.005) out.pop();
    }
    out.push(p);
  }
  return out;
}
