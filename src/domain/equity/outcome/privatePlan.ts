import { grantsWithin, priceAtMonth } from '../../money/grants';
import type { Offer } from '../../schemas/offer';
import type { OfferOutcomeModel, OutcomeModel, PrivateOutcome } from '../../schemas/outcome';
import { capTableAt, fullyDiluted } from '../capTableAt';
import { waterfallCurve } from '../curve';
import { unitValue } from '../units';

/** One grant of a private offer: units vesting in each year 1..Y of its whole schedule. */
export interface PrivateGrant {
  grantMonth: number;
  strike: number;
  grantPrice: number; // headline price at grant (cap base, §4)
  unitsByYear: Float64Array; // index k − 1
  tenderValue: Float64Array; // per-unit tender proceeds at the end of year t (index t − 1)
}

/** A waterfall curve as typed arrays, for one binary search per draw. */
export interface FlatCurve {
  x: Float64Array; // distributable proceeds D
  p: Float64Array; // common per share
}

export interface PrivatePlan {
  kind: 'private';
  window: number;
  exitCum: Float64Array; // Σ_{k' ≤ k} exitProbByYear, index k − 1, up to the window
  weightCum: Float64Array; // cumulative component weights, as fractions
  medianByYear: Float64Array; // [c × (window + 1) + E] = median_c × (1 + g)^E
  sigma: Float64Array;
  ipoShare: number;
  /** Per exit year E (index E) and mode (0 sale, 1 ipo): the curve, or null (no cap table). */
  curves: (FlatCurve | null)[][];
  keep: number; // distributable: 1 − fees − carve-out
  netDebt: number;
  perShareScale: number; // no cap table: p = V × (1 − dilutionPct/100) / F
  grants: PrivateGrant[];
  isOptions: boolean;
  threshold: number;
  cap: number; // unitCapMultiple or ∞
  postExit: 'continue' | 'accelerate' | 'cancel';
  tenders: { sell: number; prob: number; eligible: Uint8Array } | null; // eligible[t − 1]
  exitProbByYear: number[]; // as used (for the assumptions)
  defaultExitValue: boolean;
}

/** Years a grant's schedule can reach: the horizon (≤ 10) plus a 10-year schedule. */
const MAX_YEARS = 20;

export function buildPrivatePlan(
  offer: Offer,
  model: OfferOutcomeModel,
  outcome: OutcomeModel,
): PrivatePlan {
  const eq = offer.equity;
  const priv: Partial<PrivateOutcome> = model.private ?? {};
  const window = outcome.windowYears;
  const table = eq.capTable;
  // default: successPct spread evenly over years 3–7 (§5.2)
  const probs = priv.exitProbByYear ?? [0, 0, 1, 1, 1, 1, 1].map((w) => (w * eq.successPct) / 500);
  const exitCum = new Float64Array(window);
  let sum = 0;
  for (let k = 0; k < window; k++) exitCum[k] = sum += probs[k] ?? 0;
  const F =
    eq.fullyDilutedShares ??
    (table ? fullyDiluted(capTableAt(offer, 0), table.unallocatedPool) : undefined);
  if (priv.exitValue && F === undefined)
    throw new RangeError(
      `equity.fullyDilutedShares: ${offer.name} needs it (or a cap table) to turn exit values into a share price`,
    );
  const scaleF = F ?? 1; // default model without F: V is the price of one share
  const components = priv.exitValue?.components ?? [
    { weightPct: 100, median: eq.sharePrice * scaleF, sigma: 1 },
  ];
  const growth = 1 + (priv.exitValue ? priv.exitValue.medianGrowthPct : eq.growthPct) / 100;
  const weightCum = new Float64Array(components.length);
  const medianByYear = new Float64Array(components.length * (window + 1));
  let w = 0;
  components.forEach((c, i) => {
    weightCum[i] = w += c.weightPct / 100;
    for (let E = 0; E <= window; E++)
      medianByYear[i * (window + 1) + E] = c.median * Math.pow(growth, E);
  });
  weightCum[components.length - 1] = Infinity; // u2 < 1 always picks a component
  return {
    kind: 'private',
    window,
    exitCum,
    weightCum,
    medianByYear,
    sigma: Float64Array.from(components, (c) => c.sigma),
    ipoShare: (priv.ipoSharePct ?? 0) / 100,
    curves: buildCurves(offer, window),
    keep: table ? 1 - table.transactionFeePct / 100 - table.carveOutPct / 100 : 1,
    netDebt: table?.netDebt ?? 0,
    perShareScale: (1 - eq.dilutionPct / 100) / scaleF,
    grants: buildGrants(offer, outcome.horizonYears, priv.tenders?.priceDiscountPct ?? 0),
    isOptions: eq.type === 'options',
    threshold: eq.thresholdPrice ?? 0,
    cap: eq.unitCapMultiple ?? Infinity,
    postExit: priv.postExitVesting ?? 'continue',
    tenders: priv.tenders ? tenderPlan(priv.tenders) : null,
    exitProbByYear: probs.slice(0, window),
    defaultExitValue: !priv.exitValue,
  };
}

/** One curve per distinct set of closed rounds and mode; exit year E sees rounds with year ≤ E. */
function buildCurves(offer: Offer, window: number): (FlatCurve | null)[][] {
  const table = offer.equity.capTable;
  const curves: (FlatCurve | null)[][] = [];
  const cache = new Map<number, (FlatCurve | null)[]>();
  for (let E = 0; E <= window; E++) {
    if (!table) {
      curves.push([null, null]);
      continue;
    }
    const closed = table.futureRounds.filter((r) => r.year <= E).length;
    let pair = cache.get(closed);
    if (!pair) {
      const state = capTableAt(offer, E);
      pair = (['sale', 'ipo'] as const).map((mode) => {
        const knots = waterfallCurve(state.stack, state.commonShares, {
          optionTranches: state.optionTranches,
          mode,
        });
        return {
          x: Float64Array.from(knots, (k) => k.exitValue),
          p: Float64Array.from(knots, (k) => k.commonPerShare),
        };
      });
      cache.set(closed, pair);
    }
    curves.push(pair);
  }
  return curves;
}

function buildGrants(offer: Offer, H: number, discountPct: number): PrivateGrant[] {
  return grantsWithin(offer, H).map((g) => {
    const unitsByYear = new Float64Array(MAX_YEARS);
    for (const v of g.vests) {
      const k = Math.ceil((g.grantMonth + v.month) / 12);
      if (k <= MAX_YEARS) unitsByYear[k - 1]! += g.shares * v.fraction;
    }
    const tenderValue = new Float64Array(MAX_YEARS);
    for (let t = 1; t <= MAX_YEARS; t++) {
      const price = priceAtMonth(offer, 12 * t) * (1 - discountPct / 100);
      tenderValue[t - 1] = unitValue(offer, price, g.strike, g.priceAtGrant);
    }
    return {
      grantMonth: g.grantMonth,
      strike: g.strike,
      grantPrice: g.priceAtGrant,
      unitsByYear,
      tenderValue,
    };
  });
}

/** Tender years firstYear, firstYear + everyYears, … ≤ 15, once the lock-up (months from start) is over. */
function tenderPlan(t: NonNullable<NonNullable<OfferOutcomeModel['private']>['tenders']>) {
  const eligible = new Uint8Array(MAX_YEARS);
  for (let y = t.firstYear; y <= 15; y += t.everyYears)
    if (12 * y >= t.lockupMonths) eligible[y - 1] = 1;
  return { sell: t.sellFractionPct / 100, prob: t.probabilityPct / 100, eligible };
}
