import type { Contribution } from '@/domain';
import { dimensionColor } from '@/components/offerColors';
import type { LabelOf } from './labels';

/** A bar on a 0–100 scale split into each dimension's points; the same split as text for screen readers. */
export function ScoreBar({
  contributions,
  labelOf,
  offerName,
}: {
  contributions: Contribution[];
  labelOf: LabelOf;
  offerName: string;
}) {
  const shown = contributions.filter((c) => c.weight > 0);
  return (
    <div className="cmp-score-bar">
      <div className="cmp-score-bar__track" aria-hidden="true">
        {shown.map((c, i) => (
          <span
            key={c.dimension}
            className="cmp-score-bar__segment"
            style={{
              width: `${Math.max(0, Math.min(100, c.points))}%`,
              background: dimensionColor(c.dimension, i),
            }}
            title={`${labelOf(c.dimension)}: ${c.points.toFixed(1)} points`}
          />
        ))}
      </div>
      <ul className="visually-hidden" aria-label={`Points by dimension for ${offerName}`}>
        {shown.map((c) => (
          <li key={c.dimension}>
            {labelOf(c.dimension)}: {c.points.toFixed(1)} points
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Which color stands for which dimension in every score bar. */
export function ScoreBarLegend({
  dimensions,
  labelOf,
}: {
  dimensions: string[];
  labelOf: LabelOf;
}) {
  return (
    <ul className="cmp-score-legend small muted" aria-hidden="true">
      {dimensions.map((id, i) => (
        <li key={id}>
          <span className="swatch" style={{ background: dimensionColor(id, i) }} />
          {labelOf(id)}
        </li>
      ))}
    </ul>
  );
}
