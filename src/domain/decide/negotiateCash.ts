import type { Model } from './negotiateModel';

/**
 * The cash lever of Algorithm A (decide.md F1–F3): one more dollar of average yearly cash X =
 * A_H·c + s/H comes from sign-on first or from base first; capped payroll tax makes the cost
 * concave, so the cheaper of the two ends is exact.
 */
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
export function cashKinks(model: Model, Xmax: number): number[] {
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
