import type { Evaluation } from '../types';

/** A lead smaller than this many points is a close call: small input changes can flip it. */
export const CLOSE_CALL_POINTS = 2;

/**
 * Why the leader leads: gap = score difference, and per dimension
 * delta = leader points − runner-up points, sorted by |delta| descending.
 */
export function explainLead(
  leader: Evaluation,
  runnerUp: Evaluation,
): { gap: number; drivers: { dimension: string; delta: number }[] } {
  const points = new Map<string, number>();
  for (const c of leader.contributions) points.set(c.dimension, c.points);
  for (const c of runnerUp.contributions)
    points.set(c.dimension, (points.get(c.dimension) ?? 0) - c.points);
  const drivers = [...points].map(([dimension, delta]) => ({ dimension, delta }));
  drivers.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta));
  return { gap: leader.score - runnerUp.score, drivers };
}
