/** Axis and tooltip formatting for the charts: compact money in a shared currency, else plain. */
import { formatCompactNumber, formatMoney } from '@/components/format';

/** "$250K" when every offer shares one currency; "250K" when they mix (no symbol would be honest). */
export function moneyTick(currency: string | null): (value: number) => string {
  return (value) =>
    currency ? formatMoney(value, currency, { compact: true }) : formatCompactNumber(value);
}

/** Shortens long offer names for narrow axes; the full name is in the tooltip and table. */
export function shortName(name: string, max = 18): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}

/** Recharts props that make axes and grids follow the theme's CSS variables (light and dark). */
export const AXIS_TICK = { fill: 'var(--fg-muted)', fontSize: 12 } as const;
export const AXIS_LINE = { stroke: 'var(--border)' } as const;
/** The money axis's width: fixed, so Recharts need not measure its labels. */
export const Y_AXIS_PX = 60;
export const TOOLTIP_WRAPPER = { outline: 'none', zIndex: 2 } as const;

/**
 * Axis labels are laid out from estimates, not measured: Recharts measures each tick label in the
 * DOM (a forced layout per label) unless it is told which ticks to show. A 12 px character is
 * about 6.8 px wide on average; a gap keeps neighbours apart.
 */
export const CHAR_PX = 6.8;
const TICK_GAP_PX = 8;

/** How many labels to skip between two shown on an axis of `count` labels (Recharts' interval). */
export function tickInterval(labels: readonly string[], axisWidth: number): number {
  const widest = Math.max(...labels.map((l) => l.length)) * CHAR_PX + TICK_GAP_PX;
  const fit = Math.max(1, Math.floor(axisWidth / widest));
  return Math.max(0, Math.ceil(labels.length / fit) - 1);
}

/** Splits a label into lines of at most `maxChars` characters at spaces (a long word keeps its line). */
export function wrapWords(label: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}
