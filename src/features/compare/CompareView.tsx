import { lazy, Suspense, useMemo } from 'react';
import { BUILT_IN_DIMENSIONS, summarizeWorkspace } from '@/domain';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { buildCompareTable } from './compareTable';
import { ChartsBoundary } from './ChartsBoundary';
import { CompareTable } from './CompareTable';
import { InWords } from './InWords';
import { dimensionLabeler } from './labels';
import { leadSentence } from './leadSentence';
import { OutlookSwitch } from './OutlookSwitch';
import { Ranking } from './Ranking';
import { Sensitivity } from './Sensitivity';
import { buildSensitivity } from './sensitivity';
import { useOutlook } from './useOutlook';
import { WhatItTakes } from './WhatItTakes';
import './compare.css';

// Recharts stays out of the first paint: the charts arrive in their own chunk.
const CompareCharts = lazy(() => import('./charts/CompareCharts'));

/** The start view: ranking, the lead in words, the side-by-side table, charts, sensitivity, and What it takes. */
export function CompareView() {
  const workspace = useWorkspaceStore((s) => s.workspace);
  const [outlook, setOutlook] = useOutlook();
  const summary = useMemo(() => summarizeWorkspace(workspace, { outlook }), [workspace, outlook]);
  const labelOf = useMemo(() => dimensionLabeler(workspace.dimensions), [workspace.dimensions]);
  const dimensions = useMemo(
    () =>
      [...BUILT_IN_DIMENSIONS, ...workspace.dimensions].map((d) => ({ id: d.id, label: d.label })),
    [workspace.dimensions],
  );

  if (workspace.offers.length === 0) {
    return (
      <>
        <div className="view-header">
          <h1>Compare</h1>
        </div>
        <div className="empty-state">
          <p>
            No offers yet. Add the offers you are weighing, and your current job as the baseline.
          </p>
          <a className="btn btn--primary" href="#/offers">
            Add your first offer
          </a>
        </div>
      </>
    );
  }

  const comparing = workspace.offers.length > 1;
  const explanation = comparing ? leadSentence(summary, labelOf) : null;
  const sensitivity = comparing ? buildSensitivity(summary, summary.fxRates, labelOf) : null;
  const table = buildCompareTable(summary, labelOf);
  const scored = summary.ranking.filter((s) => s.evaluation !== null);
  const leaderId = scored[0]?.offer.id ?? workspace.offers[0]!.id;
  const runnerUpId =
    scored[1]?.offer.id ?? workspace.offers.find((o) => o.id !== leaderId)?.id ?? leaderId;

  return (
    <div className="compare">
      <div className="view-header">
        <h1>Compare</h1>
        <OutlookSwitch value={outlook} onChange={setOutlook} />
      </div>
      <div className="compare__top">
        <Ranking summary={summary} labelOf={labelOf} />
        {explanation ? <InWords explanation={explanation} /> : null}
      </div>
      <CompareTable model={table} />
      {comparing ? (
        <ChartsBoundary>
          <Suspense fallback={<p className="card muted cmp-charts-placeholder">Loading charts…</p>}>
            <CompareCharts summary={summary} dimensions={dimensions} />
          </Suspense>
        </ChartsBoundary>
      ) : null}
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
    </div>
  );
}
