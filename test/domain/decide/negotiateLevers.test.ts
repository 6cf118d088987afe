// @vitest-environment node
import { cheapestWinningPackage, parseLevers, weightBoxVertices, type Lever } from '@/domain';
import { finance, ours, production, rivalA } from './negotiateCast';

const message = (input: unknown, offer = ours) => {
  try {
    parseLevers(input, offer);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('parseLevers (decide.md §1.1)', () => {
  it('fills min with the offer’s current value and the cost per point with 0', () => {
    expect(
      parseLevers(
        [
          { kind: 'base', max: 260_000 },
          { kind: 'rating', dimension: 'data', max: 10 },
          { kind: 'rsuGrant', max: 1 },
        ],
        ours,
      ),
    ).toEqual([
      { kind: 'base', max: 260_000, min: 230_000 },
      { kind: 'rating', dimension: 'data', max: 10, min: 8, costPerPointPerYear: 0 },
      { kind: 'rsuGrant', max: 1 },
    ]);
  });

  it('names each bad lever by its path and why', () => {
    expect(message([{ kind: 'base', max: 200_000 }])).toMatch(/\[0\]\.max: must be ≥ min/);
    expect(message([{ kind: 'rating', dimension: 'data', max: 11 }])).toMatch(
      /\[0\]\.max: must be within 0–10/,
    );
    expect(message([{ kind: 'rating', dimension: 'data', max: 9, min: -1 }])).toMatch(/\[0\]\.min/);
    expect(
      message([
        { kind: 'signOn', max: 1e5 },
        { kind: 'signOn', max: 2e5 },
      ]),
    ).toMatch(/\[1\]\.kind: a second signOn lever/);
    expect(
      message([
        { kind: 'rating', dimension: 'data', max: 9 },
        { kind: 'rating', dimension: 'data', max: 10 },
      ]),
    ).toMatch(/\[1\]\.dimension/);
    expect(
      message([{ kind: 'rsuGrant', max: 1 }], {
        ...ours,
        equity: { ...ours.equity, type: 'options' },
      }),
    ).toMatch(/\[0\]\.kind: the offer has no RSU grant/);
    expect(
      message([{ kind: 'rsuGrant', max: 1 }], {
        ...ours,
        equity: { ...ours.equity, sharePrice: 0 },
      }),
    ).toMatch(/\[0\]\.kind: the offer’s share price is 0/);
    expect(
      message([{ kind: 'rsuGrant', max: 1 }], {
        ...ours,
        equity: { ...ours.equity, elapsedMonths: 6 },
      }),
    ).toMatch(/\[0\]\.kind: the grant is already under way/);
  });

  it('refuses offers with a start date (calendar-year caps are out of scope, §1.8)', () => {
    expect(message([{ kind: 'base', max: 300_000 }], { ...ours, startDate: '2026-07' })).toMatch(
      'offer.startDate: the optimizer models employment years as calendar years; remove startDate',
    );
  });

  it('cheapestWinningPackage refuses a lever on a dimension the profile does not have', () => {
    const levers: Lever[] = [{ kind: 'rating', dimension: 'compute', max: 9 }];
    expect(() =>
      cheapestWinningPackage({ offer: ours, rival: rivalA, profile: production, finance, levers }),
    ).toThrow(/levers\[0\]\.dimension/);
  });

  it('a lever on a weight-0 dimension is allowed and reported unused', () => {
    const profile = { ...production, weights: { ...production.weights, data: 0 } };
    const r = cheapestWinningPackage({
      offer: ours,
      rival: rivalA,
      profile,
      finance,
      levers: [
        { kind: 'rating', dimension: 'data', max: 10 },
        { kind: 'base', max: 400_000 },
      ],
    });
    const data = r.changes.find((c) => c.lever === 'rating:data');
    expect(data?.to).toBe(data?.from);
    expect(data?.reason).toMatch(/no weight/);
  });

  it('already winning returns the offer at no extra cost', () => {
    const r = cheapestWinningPackage({
      offer: rivalA,
      rival: ours,
      profile: production,
      finance,
      levers: [{ kind: 'base', max: 400_000 }],
    });
    expect(r.extraCost).toBe(0);
    expect(r.package.cash.base).toBe(280_000);
  });
});

describe('weightBoxVertices', () => {
  it('O7: production-track ± 0.05 has 20 vertices, each summing to 1 within the box', () => {
    const w = { cash: 0.3, equity: 0.2, scope: 0.15, data: 0.1, roadmap: 0.15, commitment: 0.1 };
    const lo = Object.fromEntries(Object.entries(w).map(([k, v]) => [k, v - 0.05]));
    const hi = Object.fromEntries(Object.entries(w).map(([k, v]) => [k, v + 0.05]));
    const vertices = weightBoxVertices(lo, hi);
    expect(vertices).toHaveLength(20);
    for (const v of vertices) {
      expect(Object.values(v).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
      for (const k of Object.keys(w)) {
        expect(v[k]).toBeGreaterThanOrEqual((lo[k] ?? 0) - 1e-12);
        expect(v[k]).toBeLessThanOrEqual((hi[k] ?? 0) + 1e-12);
      }
    }
  });
});
