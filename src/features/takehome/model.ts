/**
 * Take-home per offer (issue 13, "In the app"): each offer's wages by tax year through the tax
 * engine at its location and the profile's filing status, restated in the offer's currency by the
 * workspace's exchange rates (never 1:1). Part of the lazy tax chunk; the engine does the tax.
 */
import {
  applyOutlook,
  compensationByYear,
  workspaceRate,
  type EquityOutlook,
  type StoredOffer,
  type StoredProfile,
  type Workspace,
} from '@/domain';
import {
  jurisdictionCurrency,
  takeHome,
  wagesByTaxYear,
  type JurisdictionId,
  type TakeHomeYear,
  type TaxYearWages,
} from '@/domain/tax';
import { workspaceRules, type RuleSets } from './rules';

/** One tax year in the offer's currency (amounts × rate). */
export interface TakeHomeFigures {
  year: number;
  gross: number;
  tax: number;
  net: number;
  effectiveRatePct: number;
  marginalRatePct: number;
}

export type OfferTakeHome =
  | { offerId: string; status: 'none' }
  | { offerId: string; status: 'error'; jurisdiction: JurisdictionId; message: string }
  | {
      offerId: string;
      status: 'ok';
      jurisdiction: JurisdictionId;
      /** The offer's currency: every figure below but `years` is in it. */
      currency: string;
      taxCurrency: 'USD' | 'GBP';
      /** Units of `currency` per unit of `taxCurrency` (1 when they are the same). */
      rate: number;
      /** The engine's result, in the tax currency. */
      years: TakeHomeYear[];
      figures: TakeHomeFigures[];
      horizon: { gross: number; tax: number; net: number; effectiveRatePct: number };
      /** Average yearly pre-tax cash × (1 − horizon tax ÷ horizon wages): for Score on take-home. */
      cashAfterTax: number;
      cashBeforeTax: number;
    };

export interface WorkspaceTakeHome {
  offers: OfferTakeHome[];
  rules: RuleSets;
  ruleProblems: string[];
  filing: StoredProfile['filing'];
  horizonYears: number;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function offerTakeHome(
  offer: StoredOffer,
  ws: Workspace,
  profile: StoredProfile,
  outlook: EquityOutlook,
  rules: RuleSets,
): OfferTakeHome {
  if (offer.location === 'none') return { offerId: offer.id, status: 'none' };
  const jurisdiction = offer.location;
  try {
    const taxCurrency = jurisdictionCurrency(jurisdiction);
    const rate = workspaceRate(taxCurrency, offer.currency, ws.fxRates, ws.reportingCurrency);
    if (rate === null)
      throw new Error(
        `Needs an exchange rate between ${offer.currency} and ${taxCurrency} (Offers → Exchange rates): ${LOCATION_TAX[taxCurrency]} is computed in ${taxCurrency}.`,
      );
    const modeled = applyOutlook(offer, outlook);
    const horizonYears = profile.horizonYears;
    const toTax = 1 / rate;
    const mfj = profile.filing.status === 'mfj' && taxCurrency === 'USD';
    const wages: TaxYearWages[] = wagesByTaxYear(modeled, horizonYears, { jurisdiction }).map(
      (w) => ({
        year: w.year,
        salary: w.salary * toTax,
        bonus: w.bonus * toTax,
        signOn: w.signOn * toTax,
        relocation: w.relocation * toTax,
        rsuVest: w.rsuVest * toTax,
        nsoSpread: w.nsoSpread * toTax,
        isoSpread: w.isoSpread * toTax,
        warnings: w.warnings,
        ...(mfj ? { spouseWages: profile.filing.spouseWages } : {}),
      }),
    );
    const years = takeHome(wages, jurisdiction, mfj ? 'mfj' : 'single', rules);
    const figures = years.map((y) => ({
      year: y.year,
      gross: y.gross * rate,
      tax: y.totalTax * rate,
      net: y.net * rate,
      effectiveRatePct: y.effectiveRatePct,
      marginalRatePct: y.marginalRatePct,
    }));
    const horizon = { gross: 0, tax: 0, net: 0, effectiveRatePct: 0 };
    for (const f of figures) {
      horizon.gross += f.gross;
      horizon.tax += f.tax;
      horizon.net += f.net;
    }
    horizon.effectiveRatePct = horizon.gross > 0 ? (100 * horizon.tax) / horizon.gross : 0;
    const rows = compensationByYear(modeled, horizonYears);
    const cashBeforeTax = rows.reduce((s, r) => s + r.cash, 0) / (rows.length || 1);
    const cashAfterTax = cashBeforeTax * (1 - horizon.effectiveRatePct / 100);
    return {
      offerId: offer.id,
      status: 'ok',
      jurisdiction,
      currency: offer.currency,
      taxCurrency,
      rate,
      years,
      figures,
      horizon,
      cashAfterTax,
      cashBeforeTax,
    };
  } catch (e) {
    return { offerId: offer.id, status: 'error', jurisdiction, message: message(e) };
  }
}

const LOCATION_TAX = { USD: 'US tax', GBP: 'UK tax' } as const;

let last: { ws: Workspace; outlook: EquityOutlook; result: WorkspaceTakeHome } | undefined;

/**
 * Take-home of every offer of the workspace for the active profile. The switch, the rows, the
 * chart and the panel all ask for the same workspace: computed once per change.
 */
export function workspaceTakeHome(ws: Workspace, outlook: EquityOutlook): WorkspaceTakeHome {
  if (last?.ws === ws && last.outlook === outlook) return last.result;
  const result = computeTakeHome(ws, outlook);
  last = { ws, outlook, result };
  return result;
}

function computeTakeHome(ws: Workspace, outlook: EquityOutlook): WorkspaceTakeHome {
  const profile = ws.profiles.find((p) => p.id === ws.activeProfileId) ?? ws.profiles[0]!;
  const { rules, problems } = workspaceRules(ws.taxRules);
  return {
    offers: ws.offers.map((o) => offerTakeHome(o, ws, profile, outlook, rules)),
    rules,
    ruleProblems: problems,
    filing: profile.filing,
    horizonYears: profile.horizonYears,
  };
}

/** Score on take-home: after-tax cash per offer id (offers without a tax location are left out). */
export function cashAfterTaxByOffer(result: WorkspaceTakeHome): Record<string, number> {
  const out: Record<string, number> = {};
  for (const o of result.offers) if (o.status === 'ok') out[o.offerId] = o.cashAfterTax;
  return out;
}

export { workspaceRules, publishedRules, overrideId } from './rules';
export { withOverride, withoutOverride, bracketsText, parseBracketsText } from './ruleEdits';
export { taxRulesUsed } from '@/domain/tax';
