/**
 * Pure chart data for the Compare charts: shapes the engine's summary into rows the charts draw
 * and the table alternatives list. No business formulas here: every figure comes from the engine
 * (year breakdowns, ratings, evaluation points); this file only selects, orders and accumulates.
 */
import {
  BUILT_IN_DIMENSION_IDS,
  DEFAULT_RATING,
  isMoneyDimension,
  type Evaluation,
  type StoredOffer,
  type WorkspaceSummary,
  type YearBreakdown,
} from '@/domain';
import { dimensionColor } from '@/components/offerColors';

/** The part of the engine's OfferSummary the charts read (WorkspaceSummary's offers satisfy it). */
export interface ChartOfferSummary {
  offer: Pick<StoredOffer, 'id' | 'name' | 'currency' | 'ratings'>;
  index: number; // position in the workspace → offerColor(index)
  years: readonly YearBreakdown[];
  evaluation: Evaluation | null;
  error?: string | null;
}

/** The part of the engine's WorkspaceSummary the charts read. */
export interface ChartSummary {
  horizonYears: number;
  offers: readonly ChartOfferSummary[]; // workspace order
  ranking: readonly ChartOfferSummary[]; // eligible first, by score desc
}

export interface ChartDimension {
  id: string;
  label: string;
}

/** One offer as a chart series: its name, currency and color position. */
export interface OfferSeries {
  id: string;
  name: string;
  currency: string;
  index: number;
}

function seriesOf(item: ChartOfferSummary): OfferSeries {
  return {
    id: item.offer.id,
    name: item.offer.name,
    currency: item.offer.currency,
    index: item.index,
  };
}

/** The years inside the horizon, in year order. */
function horizonYears(item: ChartOfferSummary, horizon: number): YearBreakdown[] {
  return item.years.filter((y) => y.year >= 1 && y.year <= horizon).sort((a, b) => a.year - b.year);
}

/** The currency every offer shares, or null when the offers mix currencies (or there are none). */
export function sharedCurrency(summary: ChartSummary): string | null {
  const currencies = new Set(summary.offers.map((o) => o.offer.currency));
  return currencies.size === 1 ? [...currencies][0]! : null;
}

/** The distinct currencies of the offers, in first-seen order. */
export function currenciesOf(summary: ChartSummary): string[] {
  return [...new Set(summary.offers.map((o) => o.offer.currency))];
}

// ── 1. Total comp per year, stacked by component ────────────────────────────────────────────

export const COMP_COMPONENTS = [
  { key: 'base', label: 'Base' },
  { key: 'bonus', label: 'Bonus' },
  { key: 'signOn', label: 'Sign-on' },
  { key: 'equity', label: 'Equity' },
] as const;

export type CompComponent = (typeof COMP_COMPONENTS)[number]['key'];

/** One offer's total comp in one year, split by component (offer currency). */
export type CompParts = Record<CompComponent, number> & { totalComp: number };

export interface CompYearRow {
  year: number;
  label: string; // "Year 1"
  offers: Record<string, CompParts>; // by offer id; absent when the offer has no figures that year
}

export interface TotalCompByYear {
  series: OfferSeries[];
  rows: CompYearRow[];
}

/** Year-by-year base, bonus, sign-on and equity per offer over the profile's horizon. */
export function totalCompByYear(summary: ChartSummary): TotalCompByYear {
  const rows: CompYearRow[] = [];
  for (let year = 1; year <= summary.horizonYears; year++) {
    rows.push({ year, label: `Year ${year}`, offers: {} });
  }
  for (const item of summary.offers) {
    for (const y of horizonYears(item, summary.horizonYears)) {
      rows[y.year - 1]!.offers[item.offer.id] = {
        base: y.base,
        bonus: y.bonus,
        signOn: y.signOn,
        equity: y.equity,
        totalComp: y.totalComp,
      };
    }
  }
  return { series: summary.offers.map(seriesOf), rows };
}

// ── 2. Cumulative total comp over the horizon ───────────────────────────────────────────────

export interface CumulativeRow {
  year: number;
  label: string;
  values: Record<string, number>; // by offer id: Σ totalComp of years 1…year (offer currency)
}

export interface CumulativeTotalComp {
  series: OfferSeries[];
  rows: CumulativeRow[];
}

/** Running sum of each offer's total comp, one row per horizon year. */
export function cumulativeTotalComp(summary: ChartSummary): CumulativeTotalComp {
  const rows: CumulativeRow[] = [];
  for (let year = 1; year <= summary.horizonYears; year++) {
    rows.push({ year, label: `Year ${year}`, values: {} });
  }
  for (const item of summary.offers) {
    let running = 0;
    for (const y of horizonYears(item, summary.horizonYears)) {
      running += y.totalComp;
      rows[y.year - 1]!.values[item.offer.id] = running;
    }
  }
  return { series: summary.offers.map(seriesOf), rows };
}

// ── 3. Ratings radar ────────────────────────────────────────────────────────────────────────

export interface RadarRow {
  dimension: string;
  label: string;
  values: Record<string, number>; // by offer id: the 0–10 rating
  unrated: string[]; // offer ids without a rating here (shown at DEFAULT_RATING, as the engine scores them)
}

export interface RatingsRadar {
  series: OfferSeries[];
  rows: RadarRow[];
}

/** The rated (non-money) dimensions, one row each, with every offer's rating. */
export function ratingsRadar(
  summary: ChartSummary,
  dimensions: readonly ChartDimension[],
): RatingsRadar {
  const rows = dimensions
    .filter((d) => !isMoneyDimension(d.id))
    .map((d): RadarRow => {
      const values: Record<string, number> = {};
      const unrated: string[] = [];
      for (const item of summary.offers) {
        const rating = item.offer.ratings[d.id];
        if (rating === undefined) unrated.push(item.offer.id);
        values[item.offer.id] = rating ?? DEFAULT_RATING;
      }
      return { dimension: d.id, label: d.label, values, unrated };
    });
  return { series: summary.offers.map(seriesOf), rows };
}

// ── 4. Contribution bars ────────────────────────────────────────────────────────────────────

export interface ContributionDimension {
  id: string;
  label: string;
  color: string;
}

export interface ContributionRow extends OfferSeries {
  score: number;
  eligible: boolean;
  failed: string[];
  points: Record<string, number>; // by dimension id: score points (100 × weight × utility)
}

export interface ContributionBars {
  dimensions: ContributionDimension[]; // the weighted dimensions, in the given dimension order
  rows: ContributionRow[]; // scored offers in ranking order
  unscored: { id: string; name: string; index: number; error: string | null }[];
}

/** Per offer, the score points each weighted dimension contributes, in ranking order. */
export function contributionBars(
  summary: ChartSummary,
  dimensions: readonly ChartDimension[],
): ContributionBars {
  const rows: ContributionRow[] = [];
  const unscored: ContributionBars['unscored'] = [];
  const weighted = new Set<string>();
  for (const item of summary.ranking) {
    const evaluation = item.evaluation;
    if (!evaluation) {
      unscored.push({
        id: item.offer.id,
        name: item.offer.name,
        index: item.index,
        error: item.error ?? null,
      });
      continue;
    }
    const points: Record<string, number> = {};
    for (const c of evaluation.contributions) {
      if (c.weight > 0) weighted.add(c.dimension);
      points[c.dimension] = (points[c.dimension] ?? 0) + c.points;
    }
    rows.push({
      ...seriesOf(item),
      score: evaluation.score,
      eligible: evaluation.eligible,
      failed: evaluation.failed,
      points,
    });
  }
  const known = new Set(dimensions.map((d) => d.id));
  const ordered = [
    ...dimensions.filter((d) => weighted.has(d.id)),
    // A weighted dimension missing from the list (e.g. just removed) still gets a segment.
    ...[...weighted].filter((id) => !known.has(id)).map((id) => ({ id, label: id })),
  ];
  // Custom dimensions take extra colors by their position among custom dimensions, so a
  // dimension keeps its color when weights change.
  const customIds = [...dimensions.map((d) => d.id), ...ordered.map((d) => d.id)].filter(
    (id, i, all) => !BUILT_IN.has(id) && all.indexOf(id) === i,
  );
  const withColors = ordered.map((d) => ({
    id: d.id,
    label: d.label,
    color: dimensionColor(d.id, Math.max(0, customIds.indexOf(d.id))),
  }));
  return { dimensions: withColors, rows, unscored };
}

const BUILT_IN: ReadonlySet<string> = new Set(BUILT_IN_DIMENSION_IDS);

/** Compile-time guard: the engine's WorkspaceSummary must keep satisfying what the charts read. */
export type EngineSummaryFits = WorkspaceSummary extends ChartSummary ? true : never;
const _engineSummaryFits: EngineSummaryFits = true;
void _engineSummaryFits;
