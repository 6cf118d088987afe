// @vitest-environment node
import { CLOSE_CALL_POINTS, explainLead, type Evaluation } from '@/domain';

const evaluation = (points: Record<string, number>): Evaluation => ({
  score: Object.values(points).reduce((s, p) => s + p, 0),
  eligible: true,
  failed: [],
  failedConstraints: [],
  contributions: Object.entries(points).map(([dimension, p]) => ({
    dimension,
    weight: 0.25,
    value: 0,
    utility: 0,
    points: p,
  })),
});

describe('explainLead', () => {
  it('gives the gap and each dimension’s point difference, biggest first', () => {
    const leader = evaluation({ cash: 20, equity: 5, scope: 15 }); // 40
    const runnerUp = evaluation({ cash: 10, equity: 12, scope: 14 }); // 36
    expect(explainLead(leader, runnerUp)).toEqual({
      gap: 4,
      drivers: [
        { dimension: 'cash', delta: 10 },
        { dimension: 'equity', delta: -7 },
        { dimension: 'scope', delta: 1 },
      ],
    });
  });

  it('calls a lead under 2 points a close call', () => {
    expect(CLOSE_CALL_POINTS).toBe(2);
  });
});
