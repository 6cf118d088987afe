import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import type { EquityOutlook, Workspace, WorkspaceSummary } from '@/domain';
import { buildCompareTable } from './compareTable';
import { ChartsBoundary } from './ChartsBoundary';
import { CompareTable } from './CompareTable';
import type { LabelOf } from './labels';
import { Sensitivity } from './Sensitivity';
import { buildSensitivity } from './sensitivity';
import { WhatItTakes } from './WhatItTakes';

// Recharts stays out of the first paint: the charts arrive in their own chunk.
const CompareCharts = lazy(() => import('./charts/CompareCharts'));

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
  // The sensitivity search re-scores the top two many times: only when the summary changes.
  const sensitivity = useMemo(
    () => (comparing ? buildSensitivity(summary, summary.fxRates, labelOf) : null),
    [comparing, summary, labelOf],
  );
  const scored = summary.ranking.filter((s) => s.evaluation !== null);
  const leaderId = scored[0]?.offer.id ?? workspace.offers[0]!.id;
  const runnerUpId =
    scored[1]?.offer.id ?? workspace.offers.find((o) => o.id !== leaderId)?.id ?? leaderId;

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
        <div className="grid-2">
          {sensitivity ? <Sensitivity model={sensitivity} /> : null}
          <WhatItTakes
            workspace={workspace}
            outlook={outlook}
            activeSummary={summary}
            labelOf={labelOf}
            defaultYourId={runnerUpId}
            defaultRivalId={leaderId}
          />
        </div>
      ) : null}
    </>
  );
}
