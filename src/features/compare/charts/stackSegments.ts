/**
 * Stacked bars drawn as one Recharts bar each, split here into their parts. Recharts' cost grows
 * with the number of <Bar> series (each registers in its store and re-runs the others' layout),
 * and one series per component or dimension (12 and 9 of them) made these charts the slowest
 * thing on Compare.
 */

export interface StackPart<K> {
  key: K;
  value: number;
}

export interface StackSegment<K> {
  key: K;
  /** Pixels from the bar's base (its bottom, or its left end when horizontal). */
  offset: number;
  size: number;
}

/** The bar's length in data units: its parts added up (a negative part counts as 0). */
export function stackTotal<K>(parts: readonly StackPart<K>[]): number {
  return parts.reduce((sum, p) => sum + Math.max(0, p.value), 0);
}

/** Splits a bar `length` pixels long among its parts in proportion, in order from its base. */
export function stackSegments<K>(
  parts: readonly StackPart<K>[],
  length: number,
): StackSegment<K>[] {
  const total = stackTotal(parts);
  if (total <= 0 || length <= 0) return [];
  const segments: StackSegment<K>[] = [];
  let offset = 0;
  for (const part of parts) {
    const size = (length * Math.max(0, part.value)) / total;
    if (size <= 0) continue;
    segments.push({ key: part.key, offset, size });
    offset += size;
  }
  return segments;
}
