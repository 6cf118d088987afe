import { compensationByYear } from '../money/compensation';
import { fxRate } from '../money/currency';
import { applyOutlook } from '../money/outlook';
import type { Offer } from '../schemas/offer';
import type { ParsedLever } from './negotiateLevers';
import type { ModelScenarioSpec, View } from './negotiateModel';
import { rawMoney } from './scoring';

/** P0, the unit grant and the candidate's views: the inputs the model's constants come from. */
/** The floor package P0: every lever at its min, no added grant. */
export function floorPackage(offer: Offer, levers: ParsedLever[]): Offer {
  const cash = { ...offer.cash };
  const ratings = { ...offer.ratings };
  for (const l of levers) {
    if (l.kind === 'base') cash.base = l.min;
    else if (l.kind === 'bonusTargetPct') cash.bonusTargetPct = l.min;
    else if (l.kind === 'signOn') cash.signOn = l.min;
    else if (l.kind === 'rating') ratings[l.dimension] = l.min;
  }
  return { ...offer, cash, ratings };
}

/** One grant dollar on the offer's schedule, price, growth and risk (no refresh, nothing elapsed). */
export function unitGrant(offer: Offer): Offer {
  const eq = offer.equity;
  return {
    ...offer,
    cash: { ...offer.cash, base: 0, signOn: 0, signOnYear2: 0, relocation: 0 },
    equity: {
      ...eq,
      shares: eq.sharePrice > 0 ? 1 / eq.sharePrice : 0,
      refresh: { ...eq.refresh, value: 0 },
      elapsedMonths: 0,
    },
  };
}

export function viewIndex(views: View[], spec: ModelScenarioSpec): number {
  return views.findIndex((v) => v.profile === spec.profile && v.outlook === spec.outlook);
}

export function viewsOf(p0: Offer, specs: ModelScenarioSpec[], fxRates?: Record<string, number>) {
  const views: View[] = [];
  for (const spec of specs) {
    if (viewIndex(views, spec) >= 0) continue;
    const H = spec.profile.horizonYears;
    const phi = fxRate(p0.currency, spec.profile.currency, fxRates);
    const r = p0.cash.raisePct / 100;
    let aH = 0;
    for (let k = 1; k <= H; k++) aH += Math.pow(1 + r, k - 1) / H;
    const money = rawMoney(compensationByYear(applyOutlook(p0, spec.outlook), H), phi);
    views.push({
      profile: spec.profile,
      outlook: spec.outlook,
      phi,
      horizon: H,
      aH,
      eH: 0,
      x0: { cash: money.cash, equity: money.equity },
    });
  }
  return views;
}
