import { rocWeights } from '@/domain';

/**
 * Stored weights are percentages: an engine fraction (ROC or AHP, summing to 1) × 100, rounded to
 * 0.1, so all three methods end in the same kind of `weights` record the sliders edit.
 */
export function toStoredWeights(
  ids: readonly string[],
  fractions: readonly number[],
): Record<string, number> {
  const weights: Record<string, number> = {};
  ids.forEach((id, i) => {
    weights[id] = Math.round((fractions[i] ?? 0) * 1000) / 10;
  });
  return weights;
}

/**
 * The full ranking to show: the stored order (dropping ids no longer present), then any dimension
 * it misses ordered by current weight, heaviest first (ties keep list order).
 */
export function completeRanking(
  stored: readonly string[],
  ids: readonly string[],
  weights: Readonly<Record<string, number>>,
): string[] {
  const kept = stored.filter((id, i) => ids.includes(id) && stored.indexOf(id) === i);
  const rest = ids
    .filter((id) => !kept.includes(id))
    .map((id, order) => ({ id, order, weight: weights[id] ?? 0 }))
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map((d) => d.id);
  return [...kept, ...rest];
}

/** Rank-order-centroid weights for a ranking (most important first), as stored percentages. */
export function rankingWeights(ranking: readonly string[]): Record<string, number> {
  return toStoredWeights(ranking, rocWeights(ranking.length));
}

/** A copy of the list with the item at `from` moved to `to` (clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  if (from < 0 || from >= next.length) return next;
  const target = Math.max(0, Math.min(next.length - 1, to));
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item as T);
  return next;
}

/** A fraction of the score as a percentage with no needless decimals: 0.25 → "25%", 0.1667 → "16.7%". */
export function formatWeightShare(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}

/** Stored weights keep 4 decimals: enough that shown shares (0.1 points) do not drift. */
const roundWeight = (w: number) => Math.round(w * 1e4) / 1e4;

/**
 * Weights after setting one dimension's share of the score to `sharePct` (0–100), as stored
 * percentages over `ids` that sum to 100. The others keep their proportions and share the rest,
 * 100 − sharePct; when they are all 0, they share it equally. So a slider that shows a share can
 * be moved by one point at a time and every share still reads as its weight.
 */
export function weightsWithShare(
  weights: Readonly<Record<string, number>>,
  ids: readonly string[],
  id: string,
  sharePct: number,
): Record<string, number> {
  const share = Math.min(100, Math.max(0, sharePct));
  const others = ids.filter((other) => other !== id);
  const otherTotal = others.reduce((sum, other) => sum + Math.max(0, weights[other] ?? 0), 0);
  const rest = 100 - share;
  const next: Record<string, number> = { [id]: roundWeight(share) };
  for (const other of others) {
    const w = Math.max(0, weights[other] ?? 0);
    next[other] = roundWeight(otherTotal > 0 ? (rest * w) / otherTotal : rest / others.length);
  }
  return next;
}

/** A share of the score as a slider position: whole percentage points, 0–100. */
export function sliderPosition(fraction: number): number {
  return Math.round(fraction * 100);
}
