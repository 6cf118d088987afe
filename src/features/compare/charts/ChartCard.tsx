import type { ReactElement, ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';

interface ChartCardProps {
  id: string;
  title: string;
  /** One line saying what the chart shows. */
  caption: ReactNode;
  /** What a screen reader hears for the drawing; the table holds the figures. */
  imageLabel: string;
  height: number;
  legend?: ReactNode;
  /** A Recharts chart element, or null when there is nothing to draw. */
  chart: ReactElement | null;
  /** The same figures as a table: the text alternative. */
  table: ReactNode;
  wide?: boolean;
  /** Told the drawing's width, for charts that lay out differently on a phone. */
  onWidth?: (width: number) => void;
}

/** A chart with its heading, caption, legend and a "Show as table" alternative. */
export function ChartCard({
  id,
  title,
  caption,
  imageLabel,
  height,
  legend,
  chart,
  table,
  wide,
  onWidth,
}: ChartCardProps) {
  const titleId = `${id}-title`;
  return (
    <section
      className={`card chart-card${wide ? ' chart-card--wide' : ''}`}
      aria-labelledby={titleId}
    >
      <h3 id={titleId}>{title}</h3>
      <p className="muted small chart-card__caption">{caption}</p>
      {legend}
      {chart && (
        <div className="chart-card__frame" role="img" aria-label={imageLabel} style={{ height }}>
          <ResponsiveContainer
            width="100%"
            height="100%"
            onResize={onWidth && ((width) => onWidth(width))}
          >
            {chart}
          </ResponsiveContainer>
        </div>
      )}
      <details className="chart-card__table">
        <summary>
          Show as table<span className="visually-hidden">: {title}</span>
        </summary>
        <div className="table-wrap" tabIndex={0} role="group" aria-label={`${title} table`}>
          {table}
        </div>
      </details>
    </section>
  );
}
