import type { ReactNode } from 'react';
import { Symbols } from 'recharts';
import { seriesStyle } from './seriesStyle';

export interface LegendItem {
  key: string;
  label: string;
  icon: ReactNode;
}

/** A wrapping HTML legend (reads better than an SVG legend at 375 px). */
export function ChartLegend({ label, items }: { label: string; items: LegendItem[] }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          {item.icon}
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}

/** A filled square in a color at an opacity, outlined so light shades stay visible. */
export function SwatchIcon({ color, opacity = 1 }: { color: string; opacity?: number }) {
  return (
    <svg
      className="chart-legend__icon"
      width="14"
      height="14"
      viewBox="0 0 14 14"
      aria-hidden="true"
    >
      <rect
        x="1"
        y="1"
        width="12"
        height="12"
        rx="2"
        fill={color}
        fillOpacity={opacity}
        stroke={color}
        strokeWidth="1.5"
      />
    </svg>
  );
}

/** The offer's line style: color, dash pattern and marker, as drawn in the line and radar charts. */
export function LineIcon({ index }: { index: number }) {
  const style = seriesStyle(index);
  return (
    <svg
      className="chart-legend__icon"
      width="30"
      height="14"
      viewBox="0 0 30 14"
      aria-hidden="true"
    >
      <line
        x1="1"
        y1="7"
        x2="29"
        y2="7"
        stroke={style.color}
        strokeWidth="2"
        strokeDasharray={style.dash}
      />
      <Marker index={index} size={40} cx={15} cy={7} />
    </svg>
  );
}

/** The offer's marker shape (filled or outlined): the cue besides color. */
export function Marker({
  index,
  size,
  cx,
  cy,
}: {
  index: number;
  size: number;
  cx: number;
  cy: number;
}) {
  const style = seriesStyle(index);
  return (
    <Symbols
      type={style.marker}
      size={size}
      cx={cx}
      cy={cy}
      fill={style.hollow ? 'var(--bg-raised)' : style.color}
      stroke={style.color}
      strokeWidth={style.hollow ? 1.5 : 0}
    />
  );
}

/** An offer's swatch with its marker beside it, for charts whose bars carry the marker. */
export function MarkerSwatchIcon({ index }: { index: number }) {
  return (
    <svg
      className="chart-legend__icon"
      width="28"
      height="14"
      viewBox="0 0 28 14"
      aria-hidden="true"
    >
      <rect x="1" y="1" width="12" height="12" rx="2" fill={seriesStyle(index).color} />
      <Marker index={index} size={50} cx={21} cy={7} />
    </svg>
  );
}
