/** Where a panel disagrees: per-dimension ranges with "split" flags, contested judgments (§2.5). */
import { isTied } from './panelMath';
import type { PanelSpread } from './panelTypes';

/** A range of member weights at least this wide (absolute) makes a dimension "split". */
export const SPLIT_RANGE = 0.1;

/** Slack for the range test, so 0.15 − 0.05 (= 0.0999…9 in floating point) counts as 0.10. */
const RANGE_SLACK = 1e-9;

/** True when fewer than two dimensions weigh more (ties count in: 25/25/20 puts both 25s in). */
function inTopTwo(weights: readonly number[], i: number): boolean {
  const own = weights[i]!;
  let above = 0;
  for (const w of weights) if (w > own && !isTied(w, own)) above++;
  return above < 2;
}

/**
 * One row per dimension: min and max over the members, the group weight, and `split` when
 * max − min ≥ 0.10 or some members have it in their top two and others do not. Sorted by
 * max − min, widest first (ties keep dimension order).
 */
export function panelSpread(
  dimensions: readonly string[],
  memberWeights: readonly (readonly number[])[],
  group: readonly number[],
): PanelSpread[] {
  const rows = dimensions.map((dimension, i) => {
    let min = Infinity;
    let max = -Infinity;
    let top = 0;
    for (const w of memberWeights) {
      const x = w[i]!;
      if (x < min) min = x;
      if (x > max) max = x;
      if (inTopTwo(w, i)) top++;
    }
    const topSplit = top > 0 && top < memberWeights.length;
    const split = max - min >= SPLIT_RANGE - RANGE_SLACK || topSplit;
    return { dimension, min, max, group: group[i] ?? 0, split, order: i };
  });
  rows.sort((a, b) => b.max - b.min - (a.max - a.min) || a.order - b.order);
  return rows.map(({ order: _order, ...row }) => row);
}

/** The `count` judgments (upper triangle) with the largest geoSd, ties in matrix order. */
export function mostContested(
  dimensions: readonly string[],
  geoSd: readonly (readonly number[])[],
  count = 3,
): { i: string; j: string; geoSd: number }[] {
  const pairs: { i: string; j: string; geoSd: number }[] = [];
  for (let a = 0; a < dimensions.length; a++)
    for (let b = a + 1; b < dimensions.length; b++)
      pairs.push({ i: dimensions[a]!, j: dimensions[b]!, geoSd: geoSd[a]?.[b] ?? 1 });
  // Array.prototype.sort is stable, so equal geoSd keep matrix order.
  return pairs.sort((x, y) => y.geoSd - x.geoSd).slice(0, count);
}
