import { employerCostByYear } from '../cost/employerCost';
import { equityExpenseByYear } from '../cost/equityExpense';
import { compensationByYear } from '../money/compensation';
import { applyOutlook, type EquityOutlook } from '../money/outlook';
import type { FinanceAssumptions } from '../schemas/finance';
import type { Offer } from '../schemas/offer';
import type { Profile } from '../schemas/profile';
import { evaluateOffer, normalizedWeights } from './scoring';
import type { ParsedLever } from './negotiateLevers';
import { floorPackage, unitGrant, viewIndex, viewsOf } from './negotiateViews';

/** One (profile, outlook) pair: what the candidate's raw values and equity coefficient are. */
export interface View {
  profile: Profile;
  outlook: EquityOutlook;
  phi: number; // profile-currency units per offer unit
  horizon: number; // H
  aH: number; // cash average per unit of C: (1/H) Σ_{k≤H} g_k
  eH: number; // risk-adjusted equity average per grant dollar
  x0: { cash: number; equity: number }; // raw values at P0 (profile currency)
}

/** One scenario of §1.6: a view and a weight vector; the package must lead it by the margin. */
export interface Scenario {
  name: string;
  view: number;
  weights: Record<string, number>; // normalized
  rivalScore: number;
  target: number; // rivalScore + margin
  score0: number; // score of P0
}

/** The optimizer's constants (decide.md §1.2), money in the offer's currency. */
export interface Model {
  offer: Offer;
  p0: Offer;
  finance: FinanceAssumptions;
  levers: ParsedLever[];
  costYears: number; // Y
  g: number[]; // g[k−1] = (1 + r)^(k−1)
  payout: number; // p = bonusPayoutPct / 100
  base: { min: number; max: number; order: number }; // order in `levers` (−1: no lever)
  bonus: { min: number; max: number; order: number };
  C0: number;
  cRange: number; // Cmax − C0
  sMin: number;
  sRange: number;
  gMax: number; // grant dollars
  ratings: { dimension: string; r0: number; range: number; cpp: number; order: number }[];
  hY: number; // expense within Y years per grant dollar
  omega: number[]; // taxable wages in year k per grant dollar (public only)
  w0: number[]; // taxable wages at P0, years 1..Y
  wMax: number[]; // at P_max
  cost0: number; // employer cost of P0 over Y years
  offerCost: number; // of the offer as given
  views: View[];
  scenarios: Scenario[];
  coupling: { year: number; tax: string }[];
}

export interface ModelScenarioSpec {
  name: string;
  profile: Profile;
  outlook: EquityOutlook;
  weights?: Record<string, number>;
}

export const totalCost = (offer: Offer, finance: FinanceAssumptions, years: number): number =>
  employerCostByYear(offer, finance, years).reduce((s, r) => s + r.total, 0);

function leverOf(levers: ParsedLever[], kind: ParsedLever['kind']) {
  const order = levers.findIndex((l) => l.kind === kind);
  return { lever: levers[order], order };
}

export function buildModel(
  offer: Offer,
  rival: Offer,
  levers: ParsedLever[],
  finance: FinanceAssumptions,
  costYears: number,
  margin: number,
  specs: ModelScenarioSpec[],
  fxRates?: Record<string, number>,
): Model {
  const p0 = floorPackage(offer, levers);
  const base = leverOf(levers, 'base');
  const bonus = leverOf(levers, 'bonusTargetPct');
  const signOn = leverOf(levers, 'signOn');
  const grant = leverOf(levers, 'rsuGrant');
  const payout = p0.cash.bonusPayoutPct / 100;
  const baseMin = p0.cash.base;
  const bonusMin = p0.cash.bonusTargetPct;
  const baseMax = base.lever ? base.lever.max : baseMin;
  const bonusMax = bonus.lever ? bonus.lever.max : bonusMin;
  const C0 = baseMin * (1 + (bonusMin / 100) * payout);
  const Cmax = baseMax * (1 + (bonusMax / 100) * payout);
  const sMin = p0.cash.signOn;
  const sRange = signOn.lever ? signOn.lever.max - sMin : 0;
  const gMax = grant.lever ? grant.lever.max : 0;
  const Y = costYears;
  const views = viewsOf(p0, specs, fxRates);
  const years = Math.max(Y, ...views.map((v) => v.horizon)) + 1;
  const r = p0.cash.raisePct / 100;
  const g = Array.from({ length: years }, (_, i) => Math.pow(1 + r, i));
  const unit = unitGrant(p0);
  const isPublicRsu = p0.equity.type === 'rsu' && p0.equity.liquidity === 'public';
  const unitRows = compensationByYear(unit, Y);
  const omega = unitRows.map((row) => (isPublicRsu ? row.equityPaper : 0));
  const hY = gMax > 0 ? equityExpenseByYear(unit, finance, Y).reduce((s, x) => s + x, 0) : 0;
  for (const v of views) {
    const rows = compensationByYear(applyOutlook(unit, v.outlook), v.horizon);
    v.eH = gMax > 0 ? (rows.reduce((s, x) => s + x.equity, 0) / v.horizon) * v.phi : 0;
  }
  const costRows = employerCostByYear(p0, finance, Y);
  const w0 = costRows.map((row) => row.taxableWages ?? 0);
  const cRange = Math.max(0, Cmax - C0);
  const wMax = w0.map(
    (w, i) => w + (g[i] ?? 1) * cRange + (i === 0 ? sRange : 0) + (omega[i] ?? 0) * gMax,
  );
  const coupling: { year: number; tax: string }[] = [];
  for (let k = 1; k <= Y; k++)
    for (const t of finance.payrollTaxes) {
      const cap = t.wageCap;
      if (cap === undefined || !((omega[k - 1] ?? 0) * gMax > 0)) continue;
      if ((w0[k - 1] ?? 0) < cap && cap < (wMax[k - 1] ?? 0))
        coupling.push({ year: k, tax: t.name });
    }
  const scenarios = specs.map((spec): Scenario => {
    const profile = spec.weights ? { ...spec.profile, weights: spec.weights } : spec.profile;
    const options = { fxRates };
    const rivalScore = evaluateOffer(applyOutlook(rival, spec.outlook), profile, options).score;
    return {
      name: spec.name,
      view: viewIndex(views, spec),
      weights: normalizedWeights(profile),
      rivalScore,
      target: rivalScore + margin,
      score0: evaluateOffer(applyOutlook(p0, spec.outlook), profile, options).score,
    };
  });
  return {
    offer,
    p0,
    finance,
    levers,
    costYears: Y,
    g,
    payout,
    base: { min: baseMin, max: baseMax, order: base.order },
    bonus: { min: bonusMin, max: bonusMax, order: bonus.order },
    C0,
    cRange,
    sMin,
    sRange: Math.max(0, sRange),
    gMax,
    ratings: levers.flatMap((l, order) =>
      l.kind === 'rating'
        ? [
            {
              dimension: l.dimension,
              r0: l.min,
              range: l.max - l.min,
              cpp: l.costPerPointPerYear,
              order,
            },
          ]
        : [],
    ),
    hY,
    omega,
    w0,
    wMax,
    cost0: costRows.reduce((s, row) => s + row.total, 0),
    offerCost: totalCost(offer, finance, Y),
    views,
    scenarios,
    coupling,
  };
}
