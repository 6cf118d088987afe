import type { Frontier } from './negotiateTypes';

/**
 * Chart data of the cost–score frontier (decide.md §1.4, T5), built as data so it can be tested:
 * the step line's points with `efficient` marked (only the right end of a flat stretch is
 * efficient: more score for the same cost), the rival's score line and the chosen package.
 */
export interface FrontierChartPoint {
  score: number;
  cost: number;
  efficient: boolean;
  /** A second point at the same score: an upward jump (an entry fee, F4). */
  jump: boolean;
}

export interface FrontierChartData {
  points: FrontierChartPoint[];
  rivalScore?: number;
  chosen?: { score: number; cost: number };
  /** Table alternative: one row per segment, in words. */
  rows: { from: number; to: number; dollarsPerPoint: number; levers: string }[];
}

export function frontierChartData(
  frontier: Frontier,
  options: { rivalScore?: number; chosen?: { score: number; cost: number } } = {},
): FrontierChartData {
  const pts = frontier.points;
  const points = pts.map((p, i): FrontierChartPoint => {
    const next = pts[i + 1];
    const prev = pts[i - 1];
    const flatToNext =
      next !== undefined && next.score > p.score && Math.abs(next.cost - p.cost) < 0.005;
    return {
      score: p.score,
      cost: p.cost,
      efficient: !flatToNext,
      jump: prev !== undefined && Math.abs(prev.score - p.score) < 1e-12,
    };
  });
  const rows = frontier.segments.map((s) => ({
    from: s.fromScore,
    to: s.toScore,
    dollarsPerPoint: s.dollarsPerPoint,
    levers: s.levers.length > 0 ? s.levers.join(' + ') : 'no lever',
  }));
  return { points, rows, ...options };
}
