import { moneyUtility } from './scoring';
import type { Model } from './negotiateModel';
import { bestCash, cashKinks } from './negotiateCash';

export { bestCash, cashCost, cashSplit } from './negotiateCash';

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
