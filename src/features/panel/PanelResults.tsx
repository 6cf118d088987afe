import type { Panel, PanelChartData, PanelSummary, StoredProfile } from '@/domain';
import { ConsensusFigures } from './ConsensusFigures';
import { ContestedJudgments } from './ContestedJudgments';
import { DecisionTable } from './DecisionTable';
import { MarkerIcon } from './MarkerIcon';
import { SimilarityHeatmap } from './SimilarityHeatmap';
import { StripChart } from './StripChart';
import { StripTable } from './StripTable';
import { UseAsProfile } from './UseAsProfile';

/** Disagreement first, then the group figures, similarity, the decision and "Use as profile". */
export function PanelResults({
  panel,
  summary,
  chart,
  base,
  candidateLabel,
}: {
  panel: Panel;
  summary: PanelSummary;
  chart: PanelChartData;
  base: StoredProfile;
  candidateLabel: string | null;
}) {
  const splits = chart.strips.filter((s) => s.split).map((s) => s.label);
  const inconsistent = summary.members.filter((m) => m.inconsistent).map((m) => m.name);
  return (
    <div className="panel-results">
      <section aria-labelledby="panel-disagreement">
        <h3 id="panel-disagreement">Where the views differ</h3>
        <p className="small">
          {splits.length > 0
            ? `Split on ${splits.join(', ')} (⚑: a range of 10 points or more, or no agreement on the top two).`
            : 'No dimension is split: every range is under 10 points and the top two agree.'}
        </p>
        <ul className="panel-legend small" aria-label="Legend">
          {chart.legend.map((m) => (
            <li key={m.member}>
              <MarkerIcon index={m.member} /> {m.name} ({m.roleLabel}
              {Math.abs(summary.members[m.member]!.influence - 1 / summary.members.length) > 1e-9
                ? `, influence ${Math.round(summary.members[m.member]!.influence * 100)}%`
                : ''}
              )
            </li>
          ))}
          <li>
            <span className="panel-legend__bar" aria-hidden="true" /> group weight
          </li>
          <li>
            <span className="panel-legend__whisker" aria-hidden="true" /> range
          </li>
          {candidateLabel && chart.strips.some((s) => s.candidate !== null) ? (
            <li>
              <span className="panel-legend__ring" aria-hidden="true" /> {candidateLabel}
            </li>
          ) : null}
        </ul>
        <StripChart chart={chart} />
        <details>
          <summary>The numbers</summary>
          <StripTable chart={chart} />
        </details>
        {inconsistent.length > 0 ? (
          <p className="notice small">
            {inconsistent.join(', ')}: pairwise answers above the 0.10 consistency ratio. Their
            views count, flagged.
          </p>
        ) : null}
      </section>
      <section aria-labelledby="panel-group">
        <h3 id="panel-group">The group view</h3>
        <ConsensusFigures summary={summary} chart={chart} />
        {chart.heatmap ? (
          <SimilarityHeatmap
            heatmap={chart.heatmap}
            measure={chart.headline.consensus.measure === 'S*' ? 'S*' : 'S'}
          />
        ) : null}
        <ContestedJudgments contested={chart.contested} />
      </section>
      <section aria-labelledby="panel-decision">
        <h3 id="panel-decision">The decision</h3>
        {chart.decision ? (
          <DecisionTable decision={chart.decision} groupScores={summary.groupDecision} />
        ) : (
          <p className="muted small">Add offers to see which offer each view picks.</p>
        )}
        <UseAsProfile panel={panel} summary={summary} base={base} />
      </section>
    </div>
  );
}
