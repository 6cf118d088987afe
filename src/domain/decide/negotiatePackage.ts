import type { Offer } from '../schemas/offer';
import type { Profile } from '../schemas/profile';
import { evaluateOffer, normalizedWeights } from './scoring';
import { currentLeverValue, leverName } from './negotiateLevers';
import { totalCost, type Model } from './negotiateModel';
import type { PackageChange } from './negotiateTypes';

/** Lever increments over P0: c (yearly cash comp C), s (sign-on), G (grant $), ρ per rating lever. */
export interface LeverValues {
  c: number;
  s: number;
  G: number;
  rho: number[];
}

export const zeroLevers = (model: Model): LeverValues => ({
  c: 0,
  s: 0,
  G: 0,
  rho: model.ratings.map(() => 0),
});

export const maxLevers = (model: Model): LeverValues => ({
  c: model.cRange,
  s: model.sRange,
  G: model.gMax,
  rho: model.ratings.map((r) => r.range),
});

/**
 * Splits C = base × (1 + bonusTargetPct/100 × p) into base and bonus by lever order (T3, F2): the
 * lever listed first rises to its max before the other moves.
 */
export function splitCash(model: Model, C: number): { base: number; bonusTargetPct: number } {
  const { base, bonus, payout: p } = model;
  const bonusUseful = bonus.order >= 0 && p > 0 && bonus.max > bonus.min;
  const bonusFirst = bonusUseful && (base.order < 0 || bonus.order < base.order) && base.min > 0;
  if (bonusFirst) {
    const mid = base.min * (1 + (bonus.max / 100) * p);
    if (C <= mid) return { base: base.min, bonusTargetPct: (C / base.min - 1) * (100 / p) };
    return { base: C / (1 + (bonus.max / 100) * p), bonusTargetPct: bonus.max };
  }
  const mid = base.max * (1 + (bonus.min / 100) * p);
  if (!bonusUseful || C <= mid || !(base.max > 0))
    return { base: C / (1 + (bonus.min / 100) * p), bonusTargetPct: bonus.min };
  return { base: base.max, bonusTargetPct: (C / base.max - 1) * (100 / p) };
}

/** The package: our offer with the lever values applied (exact, unrounded). */
export function applyLevers(model: Model, x: LeverValues): Offer {
  const p0 = model.p0;
  const split = x.c > 0 ? splitCash(model, model.C0 + x.c) : null;
  const cash = {
    ...p0.cash,
    ...(split ?? {}),
    signOn: model.sMin + x.s,
  };
  const ratings = { ...p0.ratings };
  model.ratings.forEach((r, i) => {
    ratings[r.dimension] = r.r0 + (x.rho[i] ?? 0);
  });
  const eq = p0.equity;
  const equity = x.G > 0 ? { ...eq, shares: eq.shares + x.G / eq.sharePrice } : eq;
  return { ...p0, cash, equity, ratings };
}

/** Σ employerCostByYear(package).total over Y + Σ costPerPointPerYear × Y × ρ. */
export function packageCost(model: Model, x: LeverValues): number {
  let cost = totalCost(applyLevers(model, x), model.finance, model.costYears);
  model.ratings.forEach((r, i) => {
    cost += r.cpp * model.costYears * (x.rho[i] ?? 0);
  });
  return cost;
}

/** Base + bonus in year Y + 1 (tie rule T2). */
export function recurringRunRate(model: Model, pkg: Offer): number {
  const g = model.g[model.costYears] ?? 1;
  return g * pkg.cash.base * (1 + (pkg.cash.bonusTargetPct / 100) * model.payout);
}

/** Score of a package in each scenario (the profile it belongs to, its weights and outlook). */
export function scenarioProfile(model: Model, index: number): Profile {
  const s = model.scenarios[index];
  const view = model.views[s?.view ?? 0];
  if (!s || !view) throw new Error('no such scenario');
  return { ...view.profile, weights: s.weights };
}

/** Each lever's from → to, with the cost of moving it alone from P0 and a reason if unmoved. */
export function leverChanges(model: Model, x: LeverValues, pkg: Offer): PackageChange[] {
  const weights = normalizedWeights(scenarioProfile(model, 0));
  const alone = (patch: Partial<LeverValues>) =>
    packageCost(model, { ...zeroLevers(model), ...patch }) - model.cost0;
  return model.levers.map((lever) => {
    const name = leverName(lever);
    const from =
      lever.kind === 'rsuGrant'
        ? 0
        : currentLeverValue(model.offer, lever.kind === 'rating' ? lever : { kind: lever.kind });
    let to: number;
    let cost: number;
    if (lever.kind === 'base') to = pkg.cash.base;
    else if (lever.kind === 'bonusTargetPct') to = pkg.cash.bonusTargetPct;
    else if (lever.kind === 'signOn') to = pkg.cash.signOn;
    else if (lever.kind === 'rsuGrant') to = x.G;
    else to = pkg.ratings[lever.dimension] ?? from;
    if (lever.kind === 'base' || lever.kind === 'bonusTargetPct')
      cost = x.c > 0 ? alone({ c: x.c }) : 0;
    else if (lever.kind === 'signOn') cost = alone({ s: x.s });
    else if (lever.kind === 'rsuGrant') cost = alone({ G: x.G });
    else {
      const i = model.ratings.findIndex((r) => r.dimension === lever.dimension);
      const rho = model.ratings.map((_, j) => (j === i ? (x.rho[i] ?? 0) : 0));
      cost = alone({ rho });
    }
    const change: PackageChange = { lever: name, from, to, cost };
    if (Math.abs(to - from) <= 1e-9 * Math.max(1, Math.abs(from))) {
      const dim =
        lever.kind === 'rating' ? lever.dimension : lever.kind === 'rsuGrant' ? 'equity' : 'cash';
      change.reason = !((weights[dim] ?? 0) > 0)
        ? `${dim} has no weight in the profile`
        : 'not needed: cheaper levers reach the target';
    }
    return change;
  });
}

/** Scores of the package under the first scenario (the profile as given), for the result. */
export function mainEvaluation(model: Model, pkg: Offer, fxRates?: Record<string, number>) {
  return evaluateOffer(pkg, scenarioProfile(model, 0), { fxRates });
}

/** Zero-cost points not taken (T4): free rating levers' room left, under the profile. */
export function freeHeadroom(model: Model, x: LeverValues): number {
  const w = model.scenarios[0]?.weights ?? {};
  let points = 0;
  model.ratings.forEach((r, i) => {
    if (r.cpp === 0) points += 10 * (w[r.dimension] ?? 0) * (r.range - (x.rho[i] ?? 0));
  });
  return points;
}
