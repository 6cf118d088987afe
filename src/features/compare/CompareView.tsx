import { lazy, Suspense, useDeferredValue, useMemo, type ReactNode } from 'react';
import {
  BUILT_IN_DIMENSIONS,
  summarizeWorkspace,
  type EquityOutlook,
  type Workspace,
  type WorkspaceSummary,
} from '@/domain';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { InWords } from './InWords';
import { dimensionLabeler } from './labels';
import { leadSentence } from './leadSentence';
import { OutlookSwitch } from './OutlookSwitch';
import { Ranking } from './Ranking';
import { useOutlook } from './useOutlook';
import './compare.css';

// Below the ranking, the table, charts and panels come in a chunk of their own, fetched as soon as
// this module runs (in parallel with the first paint), so Compare's first-render JS stays small.
const detailsChunk = import('./CompareDetails');
const CompareDetails = lazy(() => detailsChunk.then((m) => ({ default: m.CompareDetails })));

/** What Compare hands to panels other features add to it (composed in src/app). */
export interface CompareContext {
  workspace: Workspace;
  summary: WorkspaceSummary;
  outlook: EquityOutlook;
}

/** Places inside Compare where other features add to it (composed in src/app/extensions.tsx). */
export interface CompareSlots {
  /** Next to the outlook switch in the header. */
  header?: (context: CompareContext) => ReactNode;
  /** Extra row groups (<tbody> elements) at the end of the side-by-side table. */
  tableRows?: (context: CompareContext) => ReactNode;
  /** Right below the charts. */
  charts?: (context: CompareContext) => ReactNode;
  /** Score on take-home: after-tax cash per offer id (a hook; null until it is known). */
  useCashAfterTax?: () => Readonly<Record<string, number>> | null;
}

const noCashAfterTax = () => null;

/**
 * The start view: ranking, the lead in words, the side-by-side table, charts, sensitivity, and What
 * it takes. `extensions` renders other features' panels below them (features never import each
 * other: the app passes them in).
 */
export function CompareView({
  extensions,
  slots,
}: { extensions?: (context: CompareContext) => ReactNode; slots?: CompareSlots } = {}) {
  const workspace = useWorkspaceStore((s) => s.workspace);
  const [outlook, setOutlook] = useOutlook();
  const useCashAfterTax = slots?.useCashAfterTax ?? noCashAfterTax;
  const cashAfterTax = useCashAfterTax();
  const summary = useMemo(
    () => summarizeWorkspace(workspace, { outlook, ...(cashAfterTax ? { cashAfterTax } : {}) }),
    [workspace, outlook, cashAfterTax],
  );
  const labelOf = useMemo(() => dimensionLabeler(workspace.dimensions), [workspace.dimensions]);
  const dimensions = useMemo(
    () =>
      [...BUILT_IN_DIMENSIONS, ...workspace.dimensions].map((d) => ({ id: d.id, label: d.label })),
    [workspace.dimensions],
  );

  // The first render shows what is above the fold (ranking, the lead in words) and paints; the
  // table, charts, sensitivity and What it takes follow at once in a deferred, interruptible
  // render, so their layout does not delay the first paint or block input for long.
  const showDetails = useDeferredValue(true, false);

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
          <a className="btn btn--primary" href="#/offers/new">
            Add your first offer
          </a>
        </div>
      </>
    );
  }

  const comparing = workspace.offers.length > 1;
  const explanation = comparing ? leadSentence(summary, labelOf) : null;

  return (
    <div className="compare">
      <div className="view-header">
        <h1>Compare</h1>
        <OutlookSwitch value={outlook} onChange={setOutlook} />
        {slots?.header?.({ workspace, summary, outlook })}
      </div>
      <div className="compare__top">
        <Ranking summary={summary} labelOf={labelOf} />
        {explanation ? <InWords explanation={explanation} /> : null}
      </div>
      {showDetails ? (
        <Suspense fallback={<div className="cmp-details-placeholder" />}>
          <CompareDetails
            workspace={workspace}
            outlook={outlook}
            summary={summary}
            labelOf={labelOf}
            dimensions={dimensions}
            tableRows={slots?.tableRows?.({ workspace, summary, outlook })}
            afterCharts={slots?.charts?.({ workspace, summary, outlook })}
          />
          {extensions?.({ workspace, summary, outlook })}
        </Suspense>
      ) : (
        <div className="cmp-details-placeholder" />
      )}
    </div>
  );
}
