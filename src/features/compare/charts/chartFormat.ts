/** Axis and tooltip formatting for the charts: compact money in a shared currency, else plain. */
import { formatMoney } from '@/components/format';

const compactNumber = new Intl.NumberFormat('en-US', {
  notation: 'compact',
  maximumFractionDigits: 1,
});

/** "$250K" when every offer shares one currency; "250K" when they mix (no symbol would be honest). */
export function moneyTick(currency: string | null): (value: number) => string {
  return (value) =>
    currency ? formatMoney(value, currency, { compact: true }) : compactNumber.format(value);
}

/** Shortens long offer names for narrow axes; the full name is in the tooltip and table. */
export function shortName(name: string, max = 18): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}

/** Recharts props that make axes and grids follow the theme's CSS variables (light and dark). */
export const AXIS_TICK = { fill: 'var(--fg-muted)', fontSize: 12 } as const;
export const AXIS_LINE = { stroke: 'var(--border)' } as const;
export const TOOLTIP_WRAPPER = { outline: 'none', zIndex: 2 } as const;
