import {
  cheapestWinningPackage,
  costScoreFrontier,
  frontierChartData,
  type FrontierChartData,
  summarizeWorkspace,
  unvestedValue,
  type Offer,
  type PackageResult,
  type ScenarioResult,
  type StoredOffer,
  type Workspace,
} from '@/domain';
import { leversFrom, type LeverSettings } from './levers';
import { namedScenarios, NO_VIEWS, robustOptions, type ViewOptions } from './views';

export interface NegotiateChoice {
  yourId: string;
  rivalId: string;
  profileId: string;
  margin: number;
  settings: LeverSettings;
  views?: ViewOptions;
}

export interface OfferStanding {
  id: string;
  name: string;
  score: number | null;
  /** The package itself, in place of your offer. */
  isPackage: boolean;
}

export interface BandStanding {
  compaRatio: number;
  /** 0 at the band minimum, 1 at its maximum (may fall outside 0–1). */
  position: number;
  aboveBand: boolean;
}

export interface NegotiateModel {
  result: PackageResult;
  /** The package rounded up for display and Apply (money to $100, ratings to 0.1; keeps the win). */
  rounded: Offer;
  /** The rounded package's score next to every other offer's, best first. */
  standings: OfferStanding[];
  costYears: number;
  band: BandStanding | null;
  /** True when a startDate was dropped so the optimizer could run (decide.md §1.8). */
  startDateDropped: boolean;
  /** The cost–score frontier for the chosen profile (null when it cannot be built). */
  frontier: FrontierChartData | null;
  /** Frontiers of one money lever alone (base only, sign-on only, equity only), for comparison. */
  alternatives: { lever: string; points: { score: number; cost: number }[] }[];
  /** Each view's lead when the package must win under several views (Algorithm B's duals). */
  scenarios: ScenarioResult[];
  /** Make-whole: unvested equity of the baseline job the candidate walks away from. */
  makeWhole: { baselineName: string; unvested: number; covered: boolean } | null;
}

const up = (value: number, step: number) => Math.ceil(value / step - 1e-9) * step;

/** Rounds lever values up (score never falls when a lever rises, so the win is kept). */
export function roundPackage(pkg: Offer, offer: Offer): Offer {
  const ratings = { ...pkg.ratings };
  for (const [d, v] of Object.entries(pkg.ratings)) {
    if (v !== offer.ratings[d]) ratings[d] = Math.min(10, up(v, 0.1));
  }
  const changed = (a: number, b: number) => Math.abs(a - b) > 1e-9;
  return {
    ...pkg,
    ratings,
    cash: {
      ...pkg.cash,
      base: changed(pkg.cash.base, offer.cash.base) ? up(pkg.cash.base, 100) : offer.cash.base,
      signOn: changed(pkg.cash.signOn, offer.cash.signOn)
        ? up(pkg.cash.signOn, 100)
        : offer.cash.signOn,
      bonusTargetPct: changed(pkg.cash.bonusTargetPct, offer.cash.bonusTargetPct)
        ? up(pkg.cash.bonusTargetPct, 0.1)
        : offer.cash.bonusTargetPct,
    },
    equity: changed(pkg.equity.shares, offer.equity.shares)
      ? { ...pkg.equity, shares: Math.ceil(pkg.equity.shares - 1e-9) }
      : pkg.equity,
  };
}

function bandOf(offer: Offer): BandStanding | null {
  const band = offer.band;
  if (!band || band.mid <= 0) return null;
  const base = offer.cash.base;
  const width = band.max - band.min;
  return {
    compaRatio: base / band.mid,
    position: width > 0 ? (base - band.min) / width : base > band.max ? 1 : 0,
    aboveBand: base > band.max,
  };
}

const withoutStartDate = (offer: StoredOffer): StoredOffer => {
  const { startDate: _dropped, ...rest } = offer;
  return rest;
};

/**
 * The hiring manager's question (issue 11): the cheapest package that puts your offer ahead of
 * the rival by the margin, what it costs the company, and where it leaves every offer.
 * Throws the engine's ValidationError on bad levers; the panel shows its message.
 */
export function buildNegotiation(ws: Workspace, choice: NegotiateChoice): NegotiateModel | null {
  const yours = ws.offers.find((o) => o.id === choice.yourId);
  const rival = ws.offers.find((o) => o.id === choice.rivalId);
  const profile = ws.profiles.find((p) => p.id === choice.profileId);
  if (!yours || !rival || !profile || yours === rival) return null;
  const startDateDropped = yours.startDate !== undefined || rival.startDate !== undefined;
  const offer = withoutStartDate(yours);
  const summary = summarizeWorkspace(ws, { profileId: profile.id });
  const { robust, memberNames } = robustOptions(ws, profile.id, choice.views ?? NO_VIEWS);
  const result = cheapestWinningPackage({
    offer,
    rival: withoutStartDate(rival),
    profile,
    finance: ws.finance,
    levers: leversFrom(choice.settings, offer),
    margin: choice.margin,
    fxRates: summary.fxRates,
    ...(robust ? { robust } : {}),
  });
  const levers = leversFrom(choice.settings, offer);
  const frontier = attemptFrontier(() =>
    frontierChartData(
      costScoreFrontier({ offer, profile, finance: ws.finance, levers, fxRates: summary.fxRates }),
      { rivalScore: result.rivalScore, chosen: { score: result.score, cost: result.cost } },
    ),
  );
  const alternatives = levers
    .filter((l) => l.kind === 'base' || l.kind === 'signOn' || l.kind === 'rsuGrant')
    .flatMap((lever) => {
      const alone = attemptFrontier(() =>
        frontierChartData(
          costScoreFrontier({
            offer,
            profile,
            finance: ws.finance,
            levers: [lever],
            fxRates: summary.fxRates,
          }),
        ),
      );
      return alone ? [{ lever: lever.kind, points: alone.points }] : [];
    });
  const rounded = roundPackage(result.package, offer);
  const replaced = {
    ...ws,
    offers: ws.offers.map((o) => (o.id === yours.id ? { ...rounded, id: o.id } : o)),
  };
  const after = summarizeWorkspace(replaced, { profileId: profile.id });
  const standings = after.ranking.map((s) => ({
    id: s.offer.id,
    name: s.offer.id === yours.id ? `${yours.name} (package)` : s.offer.name,
    score: s.evaluation?.score ?? null,
    isPackage: s.offer.id === yours.id,
  }));
  const baseline = ws.offers.find((o) => o.id === ws.baselineOfferId);
  const unvested = baseline && baseline.id !== yours.id ? unvestedValue(baseline) : 0;
  const makeWhole =
    baseline && baseline.equity.elapsedMonths > 0 && unvested > 0
      ? { baselineName: baseline.name, unvested, covered: addedOneTime(rounded, offer) >= unvested }
      : null;
  return {
    result,
    rounded,
    standings,
    costYears: profile.horizonYears,
    band: bandOf(rounded),
    startDateDropped,
    makeWhole,
    frontier,
    alternatives,
    scenarios: namedScenarios(result.scenarios ?? [], memberNames),
  };
}

/** New one-time money and grant value in the package: what can offset forfeited equity. */
function addedOneTime(pkg: Offer, offer: Offer): number {
  const signOn = pkg.cash.signOn - offer.cash.signOn;
  const grant = (pkg.equity.shares - offer.equity.shares) * pkg.equity.sharePrice;
  return signOn + Math.max(0, grant);
}

/** The frontier is extra: a failure there must not hide the package. */
function attemptFrontier(build: () => FrontierChartData): FrontierChartData | null {
  try {
    return build();
  } catch {
    return null;
  }
}
