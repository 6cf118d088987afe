import type { BaseTickContentProps } from 'recharts';
import { AXIS_TICK } from './chartFormat';

/** Vertical offsets Recharts' Text uses (0.71em is the cap height); a label's top or middle at y. */
const DY: Record<string, string> = { start: '0.71em', middle: '0.355em' };

/**
 * An axis label as plain SVG text, for `tick={PlainTick}`. Recharts' own tick wraps its label to
 * the axis width, measuring every label in the DOM first (a forced layout each, many per chart on
 * load); these labels are short and never wrap, so there is nothing to measure.
 */
export function PlainTick({
  x,
  y,
  textAnchor,
  verticalAnchor,
  payload,
  index,
  tickFormatter,
}: BaseTickContentProps) {
  const text = tickFormatter ? tickFormatter(payload.value, index) : String(payload.value);
  return (
    <text
      x={x}
      y={y}
      dy={DY[verticalAnchor]}
      textAnchor={textAnchor}
      fill={AXIS_TICK.fill}
      fontSize={AXIS_TICK.fontSize}
    >
      {text}
    </text>
  );
}
