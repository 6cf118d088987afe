/**
 * The Compare charts, loaded lazily by the Compare view so Recharts stays out of the entry chunk:
 *   const CompareCharts = lazy(() => import('./charts/CompareCharts'));
 *   <CompareCharts summary={summary} dimensions={dimensions} />
 * Chart data comes from the pure functions in chartData.ts; these components only draw.
 */
import { useMemo, useState } from 'react';
import {
  contributionBars,
  cumulativeTotalComp,
  currenciesOf,
  ratingsRadar,
  sharedCurrency,
  totalCompByYear,
  type ChartDimension,
  type ChartSummary,
} from './chartData';
import { ContributionChart } from './ContributionChart';
import { CumulativeCompChart } from './CumulativeCompChart';
import { RatingsRadarChart } from './RatingsRadarChart';
import { TotalCompChart } from './TotalCompChart';
import { ChartTabs, type ChartTab } from './ChartTabs';
import './charts.css';

export interface CompareChartsProps {
  /** The engine's WorkspaceSummary (any object with these fields). */
  summary: ChartSummary;
  /** Built-in and custom dimensions, in display order. */
  dimensions: readonly ChartDimension[];
}

const TABS: readonly ChartTab[] = [
  { id: 'totals', label: 'Total comp per year' },
  { id: 'cumulative', label: 'Cumulative total comp' },
  { id: 'ratings', label: 'Ratings' },
  { id: 'contributions', label: 'Score contributions' },
];

export default function CompareCharts({ summary, dimensions }: CompareChartsProps) {
  const charts = useMemo(
    () => ({
      currency: sharedCurrency(summary),
      currencies: currenciesOf(summary),
      totals: totalCompByYear(summary),
      cumulative: cumulativeTotalComp(summary),
      radar: ratingsRadar(summary, dimensions),
      contributions: contributionBars(summary, dimensions),
    }),
    [summary, dimensions],
  );
  const [tab, setTab] = useState(TABS[0]!.id);

  return (
    <section className="compare-charts" aria-labelledby="compare-charts-title">
      <h2 id="compare-charts-title">Charts</h2>
      {summary.offers.length === 0 ? (
        <p className="empty-state">Add an offer to see its charts.</p>
      ) : (
        <>
          {charts.currency === null && (
            <p className="notice small">
              These offers use different currencies ({charts.currencies.join(', ')}). Money figures
              are in each offer&rsquo;s own currency and are not converted, so compare heights with
              care.
            </p>
          )}
          <ChartTabs tabs={TABS} selected={tab} onSelect={setTab}>
            {tab === 'totals' && <TotalCompChart data={charts.totals} currency={charts.currency} />}
            {tab === 'cumulative' && (
              <CumulativeCompChart data={charts.cumulative} currency={charts.currency} />
            )}
            {tab === 'ratings' && <RatingsRadarChart data={charts.radar} />}
            {tab === 'contributions' && <ContributionChart data={charts.contributions} />}
          </ChartTabs>
        </>
      )}
    </section>
  );
}
