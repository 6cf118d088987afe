import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import type { EquityOutlook, Workspace, WorkspaceSummary } from '@/domain';
import { buildCompareTable } from './compareTable';
import { ChartsBoundary } from './ChartsBoundary';
import { CompareTable } from './CompareTable';
import type { LabelOf } from './labels';

// Recharts, the sensitivity search and What it takes stay out of the first paint: each arrives
// in its own chunk, below the table that already carries every figure.
const CompareCharts = lazy(() => import('./charts/CompareCharts'));
const DecisionPanels = lazy(() => import('./DecisionPanels'));

interface Props {
  workspace: Workspace;
  outlook: EquityOutlook;
  summary: WorkspaceSummary;
  labelOf: LabelOf;
  dimensions: readonly { id: string; label: string }[];
  /** Other features' row groups for the table and panels below the charts (see CompareSlots). */
  tableRows?: ReactNode;
  afterCharts?: ReactNode;
}

/** Compare below the ranking: the side-by-side table, the charts, sensitivity and What it takes. */
export function CompareDetails({
  workspace,
  outlook,
  summary,
  labelOf,
  dimensions,
  tableRows,
  afterCharts,
}: Props) {
  const comparing = workspace.offers.length > 1;
  const table = useMemo(() => buildCompareTable(summary, labelOf), [summary, labelOf]);

  return (
    <>
      <CompareTable model={table} extraRows={tableRows} />
      {comparing ? (
        <ChartsBoundary>
          <Suspense fallback={<p className="card muted cmp-charts-placeholder">Loading charts…</p>}>
            <CompareCharts summary={summary} dimensions={dimensions} />
          </Suspense>
        </ChartsBoundary>
      ) : null}
      {afterCharts}
      {comparing ? (
        <ChartsBoundary message="Sensitivity and What it takes could not be shown. The table above has every figure.">
          <Suspense fallback={<p className="card muted">Loading…</p>}>
            <DecisionPanels
              workspace={workspace}
              outlook={outlook}
              summary={summary}
              labelOf={labelOf}
            />
          </Suspense>
        </ChartsBoundary>
      ) : null}
    </>
  );
}
