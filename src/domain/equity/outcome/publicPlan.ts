import { grantsWithin } from '../../money/grants';
import { vestSchedule } from '../../money/vesting';
import type { Offer } from '../../schemas/offer';
import type { OfferOutcomeModel } from '../../schemas/outcome';

/** One grant of a public offer: its vests as absolute months ≤ 12H and fractions. */
export interface PublicGrant {
  grantMonth: number;
  refreshValue: number; // > 0: a refresh, buying refreshValue / S(grantMonth) units on the path
  shares: number; // the initial grant's units
  strike: number; // the initial grant's strike (options)
  months: Int32Array;
  fractions: Float64Array;
}

export interface PublicPlan {
  kind: 'public';
  S0: number;
  step: number; // (μ − σ²/2)/12, μ = ln(1 + driftPct/100)
  sd: number; // σ/√12
  isOptions: boolean;
  grants: PublicGrant[];
  /**
   * RSU refreshes, by year: a refresh (no cliff) vests w_r × shape(j) in month j of its r-th year,
   * so its value in year Y is units × w_r × Σ_j shape(j)·S(12(Y−1) + j), one product per year.
   */
  shape: Float64Array; // per month of a year: 1/12 monthly, 1/4 each quarter end, 1 at month 12
  yearWeights: Float64Array; // w_r, r = 1..vesting.years
  refreshByYear: boolean;
  volatilityPct: number;
  driftPct: number;
}

/**
 * Monthly geometric Brownian motion (§5.5) with E[S(m)] = sharePrice·(1 + drift)^(m/12), the
 * vest lots of DESIGN.md's schedule, sold at vest (§5.3 step 3).
 */
export function buildPublicPlan(offer: Offer, model: OfferOutcomeModel, H: number): PublicPlan {
  const eq = offer.equity;
  const volatilityPct = model.public?.volatilityPct ?? 35;
  const driftPct = model.public?.driftPct ?? eq.growthPct;
  const sigma = volatilityPct / 100;
  const mu = Math.log(1 + driftPct / 100);
  const last = 12 * H;
  const grants: PublicGrant[] = [];
  for (const g of grantsWithin(offer, H)) {
    const vests = g.refresh ? vestSchedule(eq.vesting, false) : g.vests;
    const kept = vests.filter((v) => g.grantMonth + v.month <= last);
    grants.push({
      grantMonth: g.grantMonth,
      refreshValue: g.refresh ? eq.refresh.value : 0,
      shares: g.shares,
      strike: g.strike,
      months: Int32Array.from(kept, (v) => g.grantMonth + v.month),
      fractions: Float64Array.from(kept, (v) => v.fraction),
    });
  }
  const v = eq.vesting;
  const shape = Float64Array.from({ length: 12 }, (_, j) =>
    v.frequency === 'monthly'
      ? 1 / 12
      : v.frequency === 'quarterly'
        ? (j + 1) % 3 === 0
          ? 1 / 4
          : 0
        : j === 11
          ? 1
          : 0,
  );
  const yearWeights = Float64Array.from({ length: v.years }, (_, r) =>
    v.yearWeights && v.yearWeights.length === v.years ? (v.yearWeights[r] ?? 0) / 100 : 1 / v.years,
  );
  return {
    kind: 'public',
    shape,
    yearWeights,
    refreshByYear: eq.type === 'rsu',
    S0: eq.sharePrice,
    step: (mu - (sigma * sigma) / 2) / 12,
    sd: sigma / Math.sqrt(12),
    isOptions: eq.type === 'options',
    grants,
    volatilityPct,
    driftPct,
  };
}
