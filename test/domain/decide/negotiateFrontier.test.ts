// @vitest-environment node
import { costScoreFrontier } from '@/domain';
import { finance, o11, o2Levers, ours, production } from './negotiateCast';

const pts = (f: ReturnType<typeof costScoreFrontier>) => f.points.map((p) => [p.score, p.cost]);
const close = (rows: number[][]) =>
  rows.map(([s, c]) => [expect.closeTo(s ?? 0, 5), expect.closeTo(c ?? 0, 1)]);

describe('costScoreFrontier (decide.md §1.4)', () => {
  it('O3: the frontier of O2, flat free scope then cash, equity and data by $ per point', () => {
    const f = costScoreFrontier({ offer: ours, profile: production, finance, levers: o2Levers });
    expect(f.algorithm).toBe('greedy');
    // scope +2 free; cash 8.175 pts at 27,053.33; RSU 10 pts at 40,580; data 2 pts at 60,000
    expect(pts(f)).toEqual(
      close([
        [52.425, 1_443_905],
        [55.425, 1_443_905],
        [63.6, 1_665_066],
        [73.6, 2_070_866],
        [75.6, 2_190_866],
      ]),
    );
    expect(f.segments.map((s) => Math.round(s.dollarsPerPoint * 100) / 100)).toEqual([
      0, 27_053.33, 40_580, 60_000,
    ]);
    expect(f.segments.map((s) => s.levers)).toEqual([['scope'], ['cash'], ['equity'], ['data']]);
    expect(f.floorScore).toBeCloseTo(52.425, 9);
    expect(f.maxScore).toBeCloseTo(75.6, 9);
  });

  it('O4: the below-floor frontier is not convex (its slope falls at 59.925)', () => {
    const profile = {
      ...production,
      money: { ...production.money, equity: { floor: 100_000, target: 200_000 } },
    };
    const f = costScoreFrontier({
      offer: ours,
      profile,
      finance,
      levers: [
        { kind: 'base', max: 300_000 },
        { kind: 'signOn', max: 100_000 },
        { kind: 'rsuGrant', max: 600_000 },
      ],
    });
    // cash 27,053.33/pt to 59.925, where 27,053.33·n = 101,450 + 20,290·n (n = 15); equity 20,290/pt
    // to 64.925 (grant maxed), then cash again to 80.0
    expect(pts(f)).toEqual(
      close([
        [44.925, 1_443_905],
        [59.925, 1_849_705],
        [64.925, 1_951_155],
        [80.0, 2_358_984],
      ]),
    );
  });

  it('O11: a coupled frontier from the LP cases', () => {
    const f = costScoreFrontier({ ...o11, finance });
    expect(f.algorithm).toBe('lp');
    // grant below the cap at 15,501.60/pt → cash below the cap at 16,147.50/pt → wages reach the
    // cap at 43.733333 → cash above it at 15,217.50/pt: the last slope is the lowest
    expect(pts(f)).toEqual(
      close([
        [39.5, 727_882],
        [42.0, 766_636],
        [43.733333, 794_625],
        [52.666667, 930_568],
      ]),
    );
  });
});
