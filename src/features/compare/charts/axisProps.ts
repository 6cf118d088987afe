/** Axis and grid props the money charts (total comp per year, cumulative) share. */
import { NO_GRID_LINES, roundTicks } from '@/components/chartGrid';
import { AXIS_LINE, Y_AXIS_PX, moneyTick, tickInterval } from './chartFormat';
import { PlainTick } from './PlainTick';

/**
 * The money (Y) axis: compact money labels at a fixed width, so nothing is measured, on round
 * ticks from 0 past `max` (the tallest bar or highest point).
 */
export const moneyAxisProps = (currency: string | null, max: number) => {
  const ticks = roundTicks(max);
  return {
    ticks,
    domain: [0, ticks.at(-1)!] as [number, number],
    tickFormatter: moneyTick(currency),
    tick: PlainTick,
    axisLine: false,
    tickLine: false,
    width: Y_AXIS_PX,
    interval: 0,
  } as const;
};

/** The year (X) axis: as many year labels as fit in `axisWidth` px, estimated, not measured. */
export const yearAxisProps = (labels: readonly string[], axisWidth: number) =>
  ({
    dataKey: 'label',
    tick: PlainTick,
    axisLine: AXIS_LINE,
    tickLine: false,
    interval: tickInterval(labels, axisWidth),
  }) as const;

/** Dashed horizontal lines at the money ticks; no vertical lines. */
export const MONEY_GRID_PROPS = {
  stroke: 'var(--border)',
  strokeDasharray: '3 3',
  vertical: false,
  verticalCoordinatesGenerator: NO_GRID_LINES,
} as const;
