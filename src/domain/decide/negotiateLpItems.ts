import { moneyUtility } from './scoring';
import type { Model } from './negotiateModel';

/**
 * The case items of Algorithm B (decide.md §1.6): money utilities the levers can move (those
 * starting below their floor split into two cases) and the payroll-tax caps the levers can cross.
 */
export interface MoneyItem {
  view: number;
  dim: 'cash' | 'equity';
  floor: number;
  target: number;
  x0: number;
  u0: number;
  belowFloor: boolean;
}

export interface CapItem {
  year: number; // 1-based
  rate: number;
  room: number; // cap − w0 ($)
}

export function moneyItems(model: Model): MoneyItem[] {
  const items: MoneyItem[] = [];
  model.views.forEach((view, q) => {
    const scen = model.scenarios.filter((s) => s.view === q);
    for (const dim of ['cash', 'equity'] as const) {
      const movable =
        dim === 'cash' ? model.cRange + model.sRange > 0 : model.gMax > 0 && view.eH > 0;
      if (!movable || !scen.some((s) => (s.weights[dim] ?? 0) > 0)) continue;
      const { floor, target } = view.profile.money[dim];
      const x0 = view.x0[dim];
      if (x0 >= target) continue;
      items.push({
        view: q,
        dim,
        floor,
        target,
        x0,
        u0: moneyUtility(x0, floor, target),
        belowFloor: x0 < floor,
      });
    }
  });
  return items;
}

/** Wage increment coefficients of year k (1-based) on [c, s, G] in $1,000 of wages per $1,000. */
export const wageCoef = (model: Model, k: number) => [
  model.g[k - 1] ?? 1,
  k === 1 ? 1 : 0,
  model.omega[k - 1] ?? 0,
];

export function capItems(model: Model): { straddled: CapItem[]; linear: number[] } {
  const straddled: CapItem[] = [];
  const linear = [0, 0, 0]; // objective additions on c, s, G from linear tax terms
  for (let k = 1; k <= model.costYears; k++) {
    const w0 = model.w0[k - 1] ?? 0;
    const wMax = model.wMax[k - 1] ?? 0;
    const coef = wageCoef(model, k);
    for (const t of model.finance.payrollTaxes) {
      const rate = t.ratePct / 100;
      const cap = t.wageCap ?? Infinity;
      if (cap <= w0) continue; // passed at P0: costs nothing more
      if (cap >= wMax) coef.forEach((a, j) => (linear[j] = (linear[j] ?? 0) + rate * a));
      else straddled.push({ year: k, rate, room: cap - w0 });
    }
  }
  return { straddled, linear };
}
