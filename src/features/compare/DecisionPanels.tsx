import { useMemo } from 'react';
import type { EquityOutlook, Workspace, WorkspaceSummary } from '@/domain';
import type { LabelOf } from './labels';
import { Sensitivity } from './Sensitivity';
import { buildSensitivity } from './sensitivity';
import { WhatItTakes } from './WhatItTakes';

interface Props {
  workspace: Workspace;
  outlook: EquityOutlook;
  summary: WorkspaceSummary;
  labelOf: LabelOf;
}

/**
 * Sensitivity and What it takes, below the table and charts: a lazy chunk of its own, so the
 * search code and its fields stay out of Compare's first-render JavaScript.
 */
export default function DecisionPanels({ workspace, outlook, summary, labelOf }: Props) {
  // The sensitivity search re-scores the top two many times: only when the summary changes.
  const sensitivity = useMemo(
    () => buildSensitivity(summary, summary.fxRates, labelOf),
    [summary, labelOf],
  );
  const scored = summary.ranking.filter((s) => s.evaluation !== null);
  const leaderId = scored[0]?.offer.id ?? workspace.offers[0]!.id;
  const runnerUpId =
    scored[1]?.offer.id ?? workspace.offers.find((o) => o.id !== leaderId)?.id ?? leaderId;

  return (
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
  );
}
