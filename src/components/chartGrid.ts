/**
 * For the direction a Recharts CartesianGrid does not draw (`vertical={false}`): Recharts still
 * works out that axis's ticks for the grid, measuring each label in the DOM on the first pass,
 * only to draw no lines. Passing this as that direction's coordinates generator skips the work.
 */
export const NO_GRID_LINES = (): number[] => [];

/** Round steps for an axis: 1, 2, 2.5 or 5 times a power of ten. */
const STEPS = [1, 2, 2.5, 5, 10] as const;

/**
 * Ticks for an axis from 0 to at least `max`, on a round step ($100K, $200K, $300K rather than
 * $95K, $190K, $285K), with at most `maxTicks` intervals. The last tick is ≥ max, so the top label
 * has the room of one interval above the tallest bar.
 */
export function roundTicks(max: number, maxTicks = 4): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0, 1];
  const rough = max / Math.max(1, Math.floor(maxTicks));
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = (STEPS.find((s) => s * power >= rough) ?? 10) * power;
  const count = Math.ceil(max / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}
