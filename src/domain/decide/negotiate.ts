import { applyOutlook } from '../money/outlook';
import { evaluateFromRows } from './scoring';
import { compensationByYear } from '../money/compensation';
import type { Model } from './negotiateModel';
import { negotiationModel } from './negotiateSetup';
import {
  applyLevers,
  freeHeadroom,
  leverChanges,
  mainEvaluation,
  maxLevers,
  packageCost,
  recurringRunRate,
  scenarioProfile,
  zeroLevers,
  type LeverValues,
} from './negotiatePackage';
import { greedySolve } from './negotiateGreedy';
import { solveCases } from './negotiateLp';
import type { NegotiationInput, PackageResult, ScenarioResult } from './negotiateTypes';

export { scenarioSpecs, negotiationModel, checkLeverDimensions } from './negotiateSetup';

/** Scores of a package in every scenario (the year rows computed once per view). */
export function scenarioScores(model: Model, x: LeverValues, fxRates?: Record<string, number>) {
  const pkg = applyLevers(model, x);
  const rows = model.views.map((view) => {
    const offer = view.outlook !== 'expected' ? applyOutlook(pkg, view.outlook) : pkg;
    return { offer, rows: compensationByYear(offer, view.horizon) };
  });
  return model.scenarios.map((s, i) => {
    const view = rows[s.view];
    if (!view) return 0;
    return evaluateFromRows(view.offer, view.rows, scenarioProfile(model, i), { fxRates }).score;
  });
}

/**
 * The cheapest package that leads the rival by `margin` in every scenario (decide.md §1).
 * Algorithm A (greedy over exact curves) for one separable profile, else Algorithm B (LP cases).
 */
export function cheapestWinningPackage(input: NegotiationInput): PackageResult {
  const { model, violated } = negotiationModel(input);
  const fx = input.fxRates;
  const maxScores = scenarioScores(model, maxLevers(model), fx);
  const shortfall = Math.max(0, ...model.scenarios.map((s, i) => s.target - (maxScores[i] ?? 0)));
  const tol = 1e-9 * 100;
  const feasible = shortfall <= tol && !violated;
  const relax = shortfall > tol ? shortfall : 0;
  const singleProfile = model.scenarios.length === 1;
  const useGreedy = singleProfile && model.coupling.length === 0;
  const s0 = model.scenarios[0];
  const need = (s0?.target ?? 0) - relax - (s0?.score0 ?? 0);
  let x: LeverValues = zeroLevers(model);
  let steps: PackageResult['steps'];
  let duals: number[] | undefined;
  const needsWork = model.scenarios.some((s) => s.target - relax > s.score0 + 1e-12);
  if (needsWork && useGreedy) {
    const answer = greedySolve(model, need);
    if (!answer) throw new Error('negotiation: no combination reaches the best score (a bug)');
    x = answer.x;
    steps = answer.steps;
    verifyCurveCost(model, x, answer.cost);
  } else if (needsWork) {
    const sol = solveCases(model, relax);
    if (!sol) throw new Error('negotiation: the LP found no package at the best score (a bug)');
    x = trimFreeRatings(model, sol.x, relax, fx);
    duals = sol.duals;
  } else if (!useGreedy) duals = model.scenarios.map(() => 0);
  return assemble(model, x, {
    feasible,
    shortfall: feasible ? undefined : Math.max(shortfall, tol),
    algorithm: useGreedy ? 'greedy' : 'lp',
    steps: useGreedy ? (steps ?? []) : undefined,
    duals,
    relax,
    violated,
    fxRates: fx,
  });
}

/** A5: the package's true cost equals the curve value to the cent; a mismatch is a bug. */
function verifyCurveCost(model: Model, x: LeverValues, curveCost: number) {
  const trueExtra = packageCost(model, x) - model.cost0;
  if (Math.abs(trueExtra - curveCost) > 0.01 + 1e-9 * Math.abs(model.cost0))
    throw new Error(
      `negotiation: package cost ${trueExtra} differs from the curve value ${curveCost} (a bug)`,
    );
}

/** T4 on the LP path: free rating levers give back points the targets do not need. */
function trimFreeRatings(
  model: Model,
  x: LeverValues,
  relax: number,
  fx?: Record<string, number>,
): LeverValues {
  const out = { ...x, rho: [...x.rho] };
  const slack = scenarioScores(model, out, fx).map(
    (score, i) => score - ((model.scenarios[i]?.target ?? 0) - relax),
  );
  for (let i = model.ratings.length - 1; i >= 0; i--) {
    const r = model.ratings[i];
    const rho = out.rho[i] ?? 0;
    if (!r || r.cpp !== 0 || !(rho > 0)) continue;
    let cut = rho;
    model.scenarios.forEach((s, j) => {
      const w = s.weights[r.dimension] ?? 0;
      if (w > 0) cut = Math.min(cut, Math.max(0, (slack[j] ?? 0) - 1e-9) / (10 * w));
    });
    if (!(cut > 0)) continue;
    out.rho[i] = rho - cut;
    model.scenarios.forEach(
      (s, j) => (slack[j] = (slack[j] ?? 0) - 10 * (s.weights[r.dimension] ?? 0) * cut),
    );
  }
  return out;
}

interface AssembleOptions {
  feasible: boolean;
  shortfall?: number;
  algorithm: 'greedy' | 'lp';
  steps?: PackageResult['steps'];
  duals?: number[];
  relax: number;
  violated: boolean;
  fxRates?: Record<string, number>;
}

function assemble(model: Model, x: LeverValues, o: AssembleOptions): PackageResult {
  const pkg = applyLevers(model, x);
  const evaluation = mainEvaluation(model, pkg, o.fxRates);
  const cost = packageCost(model, x);
  const s0 = model.scenarios[0];
  const result: PackageResult = {
    feasible: o.feasible,
    package: pkg,
    changes: leverChanges(model, x, pkg),
    score: evaluation.score,
    rivalScore: s0?.rivalScore ?? 0,
    target: s0?.target ?? 0,
    cost,
    extraCost: cost - model.offerCost,
    recurringRunRate: recurringRunRate(model, pkg),
    freeHeadroom: freeHeadroom(model, x),
    algorithm: o.algorithm,
    coupling: model.coupling,
    eligible: evaluation.eligible,
    failed: evaluation.failed,
  };
  if (!o.feasible) result.shortfall = o.shortfall ?? 0;
  if (o.violated) result.reason = 'constraint';
  if (o.steps) result.steps = o.steps;
  if (o.algorithm === 'lp') {
    const scores = scenarioScores(model, x, o.fxRates);
    result.scenarios = model.scenarios.map((s, i): ScenarioResult => {
      const price = o.duals?.[i] ?? 0;
      return {
        name: s.name,
        score: scores[i] ?? 0,
        rivalScore: s.rivalScore,
        lead: (scores[i] ?? 0) - s.rivalScore,
        binding: price > 1e-6,
        dollarsPerPoint: price,
      };
    });
  }
  return result;
}
