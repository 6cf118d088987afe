import type { ReactElement, ReactNode } from 'react';
import { useNoChartTabStops } from '@/components/chartFocus';
import { useElementWidth } from './useElementWidth';

/** The drawing's size in pixels, given to the chart so it lays out once at its real size. */
export interface ChartSize {
  width: number;
  height: number;
}

interface ChartCardProps {
  id: string;
  title: string;
  /** One line saying what the chart shows. */
  caption: ReactNode;
  /** What a screen reader hears for the drawing; the table holds the figures. */
  imageLabel: string;
  height: number;
  legend?: ReactNode;
  /** Draws the Recharts chart at a size, or null when there is nothing to draw. */
  chart: ((size: ChartSize) => ReactElement) | null;
  /** The same figures as a table: the text alternative. */
  table: ReactNode;
  wide?: boolean;
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
}: ChartCardProps) {
  const titleId = `${id}-title`;
  const [frameRef, width] = useElementWidth<HTMLDivElement>();
  const cardRef = useNoChartTabStops<HTMLElement>();
  return (
    <section
      ref={cardRef}
      className={`card chart-card${wide ? ' chart-card--wide' : ''}`}
      aria-labelledby={titleId}
    >
      <h3 id={titleId}>{title}</h3>
      <p className="muted small chart-card__caption">{caption}</p>
      {legend}
      {chart && (
        // The frame has its height before the chart is drawn, so drawing it shifts nothing.
        <div
          ref={frameRef}
          className="chart-card__frame"
          role="img"
          aria-label={imageLabel}
          style={{ height }}
        >
          {width > 0 ? chart({ width, height }) : null}
        </div>
      )}
      <TableDetails title={title}>{table}</TableDetails>
    </section>
  );
}

/** "Show as table": the chart's figures as a table, the drawing's text alternative. */
function TableDetails({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="chart-card__table">
      <summary>
        Show as table<span className="visually-hidden">: {title}</span>
      </summary>
      <div className="table-wrap" tabIndex={0} role="group" aria-label={`${title} table`}>
        {children}
      </div>
    </details>
  );
}
