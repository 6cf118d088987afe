import { solveLp, type LpRow } from './lp';
import type { Model } from './negotiateModel';
import type { LeverValues } from './negotiatePackage';
import { capItems, moneyItems, wageCoef, type CapItem, type MoneyItem } from './negotiateLpItems';

export { capItems, moneyItems } from './negotiateLpItems';

/**
 * Algorithm B (decide.md §1.6): one small LP per case. Variables, money in $1,000:
 * [c, s, G, ρ…, u…] where u is a money utility of a (view, dimension) that levers can move.
 * A case fixes, for each (view, dimension) starting below its floor, "above" (utility rows on) or
 * "below" (u ≡ 0), and for each (year, capped tax) whose cap the levers can cross, "below" or
 * "above" the cap. The minimum over cases is the optimum (§1.6 "Why it is exact").
 */
const K = 1000;

export interface LpSolution {
  x: LeverValues;
  cost: number; // $ over P0's cost
  duals: number[]; // $ per point, per scenario
  lpScores: number[]; // LP's lower bound on each scenario's score
}

/** Solves the robust problem at the scenario targets (each lowered by `relax`). Null: infeasible. */
export function solveCases(model: Model, relax = 0, targets?: number[]): LpSolution | null {
  const money = moneyItems(model);
  const { straddled, linear } = capItems(model);
  const floorItems = money.filter((m) => m.belowFloor);
  const nCases = 2 ** (floorItems.length + straddled.length);
  let best: { value: number; sol: LpSolution; build: Built } | null = null;
  const ties: { value: number; build: Built }[] = [];
  for (let mask = 0; mask < nCases; mask++) {
    const above = new Set(floorItems.filter((_, i) => (mask >> i) & 1));
    const capAbove = straddled.map((_, i) => ((mask >> (floorItems.length + i)) & 1) === 1);
    const build = buildCase(model, money, above, straddled, capAbove, linear, relax, targets);
    const res = solveLp(build.problem);
    if (res.status !== 'optimal') continue;
    const value = res.value + build.constant;
    if (!best || value < best.value - 1e-5) {
      best = { value, sol: toSolution(model, build, res.x, res.duals, value), build };
      ties.length = 0;
    }
    if (best && Math.abs(value - best.value) <= 1e-5) ties.push({ value, build });
  }
  if (!best) return null;
  // T2: among equal costs, the least recurring cash: minimize c with cost ≤ c* (+1e-10 relative).
  let chosen = best.sol;
  let leastC = Infinity;
  for (const tie of ties) {
    const limit = best.value - tie.build.constant + 1e-10 * Math.max(1, Math.abs(best.value));
    const rows: LpRow[] = [
      ...tie.build.problem.rows,
      { coef: tie.build.problem.objective, sense: '<=', rhs: limit },
    ];
    const objective = tie.build.problem.objective.map((_, j) => (j === 0 ? 1 : 0));
    const res = solveLp({ objective, rows });
    if (res.status !== 'optimal' || !((res.x[0] ?? 0) < leastC - 1e-9)) continue;
    leastC = res.x[0] ?? 0;
    let value = tie.build.constant;
    tie.build.problem.objective.forEach((a, j) => (value += a * (res.x[j] ?? 0)));
    const sol = toSolution(model, tie.build, res.x, best.sol.duals, value);
    chosen = { ...sol, duals: best.sol.duals };
  }
  return chosen;
}

export interface Built {
  problem: { objective: number[]; rows: LpRow[] };
  constant: number; // $1,000
  uIndex: Map<MoneyItem, number>;
  scoreRows: number[]; // row index of each scenario's score row
  scoreConst: number[]; // LHS constants of each score row
  nVars: number;
}

export function buildCase(
  model: Model,
  money: MoneyItem[],
  above: Set<MoneyItem>,
  straddled: CapItem[],
  capAbove: boolean[],
  linear: number[],
  relax: number,
  targets?: number[],
): Built {
  const R = model.ratings.length;
  const uItems = money.filter((m) => !m.belowFloor || above.has(m));
  const nVars = 3 + R + uItems.length;
  const uIndex = new Map(uItems.map((m, i) => [m, 3 + R + i]));
  const vec = () => new Array<number>(nVars).fill(0);
  const Y = model.costYears;
  const objective = vec();
  for (let k = 1; k <= Y; k++) objective[0] = (objective[0] ?? 0) + (model.g[k - 1] ?? 1);
  objective[1] = 1;
  objective[2] = model.hY;
  model.ratings.forEach((r, i) => (objective[3 + i] = (r.cpp * Y) / K));
  linear.forEach((a, j) => (objective[j] = (objective[j] ?? 0) + a));
  let constant = 0;
  const rows: LpRow[] = [];
  const bound = (j: number, max: number) => {
    const coef = vec();
    coef[j] = 1;
    rows.push({ coef, sense: '<=', rhs: max });
  };
  bound(0, model.cRange / K);
  bound(1, model.sRange / K);
  bound(2, model.gMax / K);
  model.ratings.forEach((r, i) => bound(3 + i, r.range));
  for (const m of uItems) {
    const j = uIndex.get(m) ?? 0;
    bound(j, 1);
    const view = model.views[m.view];
    if (!view) continue;
    const coef = vec();
    coef[j] = (m.target - m.floor) / K;
    if (m.dim === 'cash') {
      coef[0] = -view.phi * view.aH;
      coef[1] = -view.phi / view.horizon;
    } else coef[2] = -view.eH;
    rows.push({ coef, sense: '<=', rhs: (m.x0 - m.floor) / K }); // u ≤ (x0 + a·y − f)/(t − f)
  }
  straddled.forEach((cap, i) => {
    const w = wageCoef(model, cap.year);
    const coef = vec();
    w.forEach((a, j) => (coef[j] = a));
    if (capAbove[i]) {
      rows.push({ coef, sense: '>=', rhs: cap.room / K });
      constant += (cap.rate * cap.room) / K;
    } else {
      rows.push({ coef, sense: '<=', rhs: cap.room / K });
      w.forEach((a, j) => (objective[j] = (objective[j] ?? 0) + cap.rate * a));
    }
  });
  const scoreRows: number[] = [];
  const scoreConst: number[] = [];
  model.scenarios.forEach((s, si) => {
    const coef = vec();
    let fixed = s.score0;
    for (const m of money) {
      if (m.view !== s.view) continue;
      const W = s.weights[m.dim] ?? 0;
      fixed -= 100 * W * m.u0; // P0's points of a movable dimension are replaced by 100·W·u
      const j = uIndex.get(m);
      if (j !== undefined) coef[j] = 100 * W;
    }
    model.ratings.forEach((r, i) => (coef[3 + i] = 10 * (s.weights[r.dimension] ?? 0)));
    scoreRows.push(rows.length);
    scoreConst.push(fixed);
    rows.push({ coef, sense: '>=', rhs: (targets?.[si] ?? s.target) - relax - fixed });
  });
  return { problem: { objective, rows }, constant, uIndex, scoreRows, scoreConst, nVars };
}

export function toSolution(
  model: Model,
  build: Built,
  x: number[],
  duals: number[],
  value: number,
): LpSolution {
  const clamp = (v: number, max: number) => Math.min(max, Math.max(0, v));
  const lever: LeverValues = {
    c: clamp((x[0] ?? 0) * K, model.cRange),
    s: clamp((x[1] ?? 0) * K, model.sRange),
    G: clamp((x[2] ?? 0) * K, model.gMax),
    rho: model.ratings.map((r, i) => clamp(x[3 + i] ?? 0, r.range)),
  };
  const lpScores = build.scoreRows.map((row, i) => {
    let lhs = build.scoreConst[i] ?? 0;
    build.problem.rows[row]?.coef.forEach((a, j) => (lhs += a * (x[j] ?? 0)));
    return lhs;
  });
  return {
    x: lever,
    cost: value * K,
    duals: build.scoreRows.map((row) => Math.max(0, (duals[row] ?? 0) * K)),
    lpScores,
  };
}
