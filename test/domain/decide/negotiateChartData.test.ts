// @vitest-environment node
import {
  applyOutlook,
  cheapestWinningPackage,
  costScoreFrontier,
  evaluateOffer,
  frontierChartData,
} from '@/domain';
import { finance, o2Levers, o6Levers, ours, production, rivalB } from './negotiateCast';

describe('frontierChartData (T5)', () => {
  it('marks only the right end of O3’s free scope stretch as efficient', () => {
    const f = costScoreFrontier({ offer: ours, profile: production, finance, levers: o2Levers });
    const data = frontierChartData(f, { rivalScore: 61.8 });
    // (52.425, floor) → (55.425, same cost): the left end buys nothing the right end does not
    expect(data.points.map((p) => p.efficient)).toEqual([false, true, true, true, true]);
    expect(data.points.some((p) => p.jump)).toBe(false);
    expect(data.rows.map((r) => r.levers)).toEqual(['scope', 'cash', 'equity', 'data']);
    expect(data.rivalScore).toBe(61.8);
  });

  it('flags the upward jump of an entry fee (two points at one score)', () => {
    const f = {
      points: [
        { score: 40, cost: 0 },
        { score: 40, cost: 100 },
        { score: 50, cost: 200 },
      ],
      segments: [{ fromScore: 40, toScore: 50, dollarsPerPoint: 10, levers: ['equity'] }],
      floorScore: 40,
      maxScore: 50,
      algorithm: 'greedy' as const,
    };
    expect(frontierChartData(f).points.map((p) => p.jump)).toEqual([false, true, false]);
  });
});

describe('robust to the equity outlooks', () => {
  it('leads by the margin under Conservative, Expected and Optimistic', () => {
    const r = cheapestWinningPackage({
      offer: ours,
      rival: rivalB,
      profile: production,
      finance,
      levers: o6Levers,
      robust: { outlooks: ['conservative', 'optimistic'] },
    });
    expect(r.feasible).toBe(true);
    expect(r.scenarios?.map((s) => s.name)).toEqual([
      'production-track',
      'Conservative outlook',
      'Optimistic outlook',
    ]);
    for (const outlook of ['conservative', 'expected', 'optimistic'] as const) {
      const lead =
        evaluateOffer(applyOutlook(r.package, outlook), production).score -
        evaluateOffer(applyOutlook(rivalB, outlook), production).score;
      expect(lead).toBeGreaterThanOrEqual(1 - 1e-7);
    }
    // the conservative view halves the startup's success chance: its rival score is lower
    expect(r.scenarios?.[1]?.rivalScore).toBeLessThan(r.scenarios?.[0]?.rivalScore ?? 0);
  });
});
