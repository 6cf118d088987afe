import { solveLp } from './lp';
import type { Model } from './negotiateModel';
import type { LeverValues } from './negotiatePackage';
import { buildCase, capItems, moneyItems, toSolution } from './negotiateLp';

/** One case of the single-profile problem as a function of the score target (§1.4, coupled). */
export interface CaseLp {
  /** Least extra cost at score target T, the score row's dual ($ per point) and the package. */
  solveAt(target: number): { cost: number; dual: number; x: LeverValues } | null;
  /** The case's best score (maximize the score row over the other rows). */
  maxScore(): number | null;
}

export function singleScenarioCases(model: Model): CaseLp[] {
  const money = moneyItems(model);
  const { straddled, linear } = capItems(model);
  const floorItems = money.filter((m) => m.belowFloor);
  const n = 2 ** (floorItems.length + straddled.length);
  const cases: CaseLp[] = [];
  for (let mask = 0; mask < n; mask++) {
    const above = new Set(floorItems.filter((_, i) => (mask >> i) & 1));
    const capAbove = straddled.map((_, i) => ((mask >> (floorItems.length + i)) & 1) === 1);
    const build = (target: number) =>
      buildCase(model, money, above, straddled, capAbove, linear, 0, [target]);
    cases.push({
      solveAt(target) {
        const b = build(target);
        const res = solveLp(b.problem);
        if (res.status !== 'optimal') return null;
        const sol = toSolution(model, b, res.x, res.duals, res.value + b.constant);
        return { cost: sol.cost, dual: sol.duals[0] ?? 0, x: sol.x };
      },
      maxScore() {
        const b = build(-1e9);
        const row = b.problem.rows[b.scoreRows[0] ?? 0];
        if (!row) return null;
        const res = solveLp({ objective: row.coef.map((a) => -a), rows: b.problem.rows });
        if (res.status !== 'optimal') return null;
        return toSolution(model, b, res.x, res.duals, 0).lpScores[0] ?? null;
      },
    });
  }
  return cases;
}
