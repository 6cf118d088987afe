import { compensationByYear } from './money/compensation';
import { employerCostFromRows } from './cost/employerCost';
import { rebaseFxRates } from './money/currency';
import { applyOutlook, type EquityOutlook } from './money/outlook';
import type { Offer } from './schemas/offer';
import type { StoredOffer, StoredProfile, Workspace } from './schemas/workspace';
import { evaluateFromRows } from './decide/scoring';
import { flipPointsFromEvaluations } from './decide/sensitivity';
import type { EmployerCostYear, Evaluation, YearBreakdown } from './types';

export interface OfferSummary {
  offer: StoredOffer;
  index: number; // position in workspace.offers (drives the offer's color)
  modeled: Offer; // after the equity outlook
  years: YearBreakdown[];
  evaluation: Evaluation | null;
  error: string | null; // e.g. a missing exchange rate
  employerCost: EmployerCostYear[];
  /** Sums over the horizon, in the offer's currency. */
  horizon: {
    cash: number;
    equity: number;
    totalComp: number;
    totalValue: number;
    employerCost: number;
  };
}

export interface WorkspaceSummary {
  profile: StoredProfile;
  horizonYears: number;
  offers: OfferSummary[]; // workspace order
  ranking: OfferSummary[]; // eligible first, each group by score desc; offers with errors last
  baseline: OfferSummary | null;
  /** Units of the profile's currency per unit of each currency: pass to evaluateOffer & co. */
  fxRates: Record<string, number>;
  /** "idA|idB" (both orders) → flip points; only with includeFlipPoints. */
  flipPoints?: Record<string, Record<string, number | null>>;
}

export interface SummarizeOptions {
  outlook?: EquityOutlook;
  profileId?: string;
  includeFlipPoints?: boolean;
  /**
   * Score on take-home (profile.scoreOnTakeHome): per offer id, the average yearly after-tax cash
   * over the horizon in the offer's currency, computed by the tax code (loaded lazily). An offer
   * without an entry cannot be scored on take-home and gets `cashAfterTaxMissing` as its error.
   * Ignored unless the profile scores on take-home.
   */
  cashAfterTax?: Readonly<Record<string, number>>;
  cashAfterTaxMissing?: string;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function summarizeOffer(
  ws: Workspace,
  offer: StoredOffer,
  index: number,
  profile: StoredProfile,
  outlook: EquityOutlook,
  fxRates: Record<string, number>,
  options: SummarizeOptions,
): OfferSummary {
  const modeled = applyOutlook(offer, outlook);
  const horizonYears = profile.horizonYears;
  let years: YearBreakdown[] = [];
  let evaluation: Evaluation | null = null;
  let employerCost: EmployerCostYear[] = [];
  let error: string | null = null;
  try {
    years = compensationByYear(modeled, horizonYears);
    employerCost = employerCostFromRows(modeled, years, ws.finance);
    const afterTax = profile.scoreOnTakeHome ? options.cashAfterTax : undefined;
    const cashAfterTax = afterTax?.[offer.id];
    if (afterTax && cashAfterTax === undefined)
      throw new Error(
        options.cashAfterTaxMissing ??
          'Scoring on take-home needs this offer’s tax location: set it in Offers, or turn off Score on take-home in Priorities',
      );
    evaluation = evaluateFromRows(modeled, years, profile, {
      fxRates,
      ...(cashAfterTax !== undefined ? { cashAfterTax } : {}),
    });
  } catch (e) {
    error = message(e);
  }
  const horizon = { cash: 0, equity: 0, totalComp: 0, totalValue: 0, employerCost: 0 };
  for (const r of years) {
    horizon.cash += r.cash;
    horizon.equity += r.equity;
    horizon.totalComp += r.totalComp;
    horizon.totalValue += r.totalValue;
  }
  for (const c of employerCost) horizon.employerCost += c.total;
  return { offer, index, modeled, years, evaluation, error, employerCost, horizon };
}

function rankKey(s: OfferSummary): number {
  if (!s.evaluation) return 2;
  return s.evaluation.eligible ? 0 : 1;
}

/** Everything a view shows, computed once. Never throws for one bad offer: its error is captured. */
export function summarizeWorkspace(
  ws: Workspace,
  options: SummarizeOptions = {},
): WorkspaceSummary {
  const wanted = options.profileId ?? ws.activeProfileId;
  const profile = ws.profiles.find((p) => p.id === wanted) ?? ws.profiles[0];
  if (!profile) throw new Error('The workspace has no profile');
  const outlook = options.outlook ?? 'expected';
  const fxRates = rebaseFxRates(ws.fxRates, ws.reportingCurrency, profile.currency);
  const offers = ws.offers.map((o, i) =>
    summarizeOffer(ws, o, i, profile, outlook, fxRates, options),
  );
  const ranking = [...offers].sort(
    (a, b) =>
      rankKey(a) - rankKey(b) ||
      (b.evaluation?.score ?? 0) - (a.evaluation?.score ?? 0) ||
      a.index - b.index,
  );
  const summary: WorkspaceSummary = {
    profile,
    horizonYears: profile.horizonYears,
    offers,
    ranking,
    baseline: offers.find((s) => s.offer.id === ws.baselineOfferId) ?? null,
    fxRates,
  };
  if (options.includeFlipPoints) {
    const flipPoints: Record<string, Record<string, number | null>> = {};
    for (let i = 0; i < offers.length; i++) {
      const a = offers[i];
      if (!a?.evaluation) continue;
      for (let j = i + 1; j < offers.length; j++) {
        const b = offers[j];
        if (!b?.evaluation) continue;
        const points = flipPointsFromEvaluations(a.evaluation, b.evaluation); // tie points are symmetric
        flipPoints[`${a.offer.id}|${b.offer.id}`] = points;
        flipPoints[`${b.offer.id}|${a.offer.id}`] = points;
      }
    }
    summary.flipPoints = flipPoints;
  }
  return summary;
}
