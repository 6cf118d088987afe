import type { PanelChartData, PanelSummary } from '@/domain';
import { figure } from '@/domain/decide/panelHeadline';
import { formatWeightShare } from '@/components/weights/weightMath';

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The group weights (method named), the consensus figure, S and Kendall's W, each with its formula. */
export function ConsensusFigures({
  summary,
  chart,
}: {
  summary: PanelSummary;
  chart: PanelChartData;
}) {
  const h = chart.headline;
  const c = h.consensus;
  return (
    <div className="panel-figures">
      <div className="panel-figure">
        <h4>Group weights</h4>
        <p className="small">
          {chart.groupWeights.map((g, i) => (
            <span key={g.dimension}>
              {i > 0 ? ', ' : ''}
              {g.label} <span className="num">{formatWeightShare(g.weight)}</span>
            </span>
          ))}
        </p>
        <p className="muted small">
          Method: {h.methodLabel}
          {summary.groupCr !== undefined ? ` (CR ${figure(summary.groupCr, 3)})` : ''}.
        </p>
      </div>
      <div className="panel-figure" data-testid="panel-consensus">
        <h4>Consensus</h4>
        <p className="panel-figure__value">
          <span className="num">
            {c.measure} = {percent(c.value)}
          </span>{' '}
          {c.word ? <strong>{c.word}</strong> : <span className="muted small">({c.legend})</span>}
        </p>
        <details className="small">
          <summary>Where this comes from</summary>
          <p>
            <code>{c.formula}</code>
          </p>
          <p>
            Relative homogeneity (AHP-OS): <code>{h.homogeneity.formula}</code>
          </p>
          {c.measure === 'Spanel' ? (
            <p className="muted">
              No word is given for slider weights: the word scale was calibrated on pairwise
              judgments.
            </p>
          ) : null}
        </details>
      </div>
      <div className="panel-figure">
        <h4>Rank agreement</h4>
        <p className="panel-figure__value">
          <span className="num">Kendall's W = {figure(h.kendall.W, 2)}</span>{' '}
          <span className="muted small">
            ({h.kendall.K} members, {h.kendall.n} dimensions; 1 = same order)
          </span>
        </p>
        <details className="small">
          <summary>Where this comes from</summary>
          <p>
            <code>{h.kendall.formula}</code>
          </p>
          <p className="muted">χ² is a large-sample test: with few dimensions, read it loosely.</p>
        </details>
      </div>
    </div>
  );
}
