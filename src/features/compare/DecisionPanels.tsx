import { useMemo } from 'react';
import type { EquityOutlook, Workspace, WorkspaceSummary } from '@/domain';
import type { LabelOf } from './labels';
import { Sensitivity } from './Sensitivity';
import { buildSensitivity } from './sensitivity';

interface Props {
  workspace: Workspace;
  outlook: EquityOutlook;
  summary: WorkspaceSummary;
  labelOf: LabelOf;
}

/**
 * Sensitivity, below the table and charts: a lazy chunk of its own, so the
 * search code stays out of Compare's first-render JavaScript.
 */
export default function DecisionPanels({ summary, labelOf }: Props) {
  // The sensitivity search re-scores the top two many times: only when the summary changes.
  const sensitivity = useMemo(
    () => buildSensitivity(summary, summary.fxRates, labelOf),
    [summary, labelOf],
  );
  return <div className="grid-2">{sensitivity ? <Sensitivity model={sensitivity} /> : null}</div>;
}
