// @vitest-environment node
import {
  breakEvenBase,
  cheapestWinningPackage,
  evaluateOffer,
  type NegotiationInput,
} from '@/domain';
import {
  finance,
  o11,
  o2Levers,
  o5,
  o6Levers,
  ours,
  panelWeights,
  production,
  research,
  rivalA,
  rivalB,
} from './negotiateCast';

const solve = (input: Partial<NegotiationInput>) =>
  cheapestWinningPackage({
    offer: ours,
    rival: rivalA,
    profile: production,
    finance,
    levers: o2Levers,
    ...input,
  });
const change = (r: ReturnType<typeof solve>, lever: string) =>
  r.changes.find((c) => c.lever === lever)?.to;

describe('cheapestWinningPackage: the worked examples of decide.md §1.9', () => {
  it('the cast scores and costs as §1.9 says', () => {
    expect(evaluateOffer(ours, production).score).toBeCloseTo(52.425, 9);
    expect(evaluateOffer(rivalA, production).score).toBeCloseTo(61.8, 9);
    expect(evaluateOffer(rivalB, production).score).toBeCloseTo(59.4, 9);
    expect(evaluateOffer(ours, research).score).toBeCloseTo(63.397059, 5);
    // 4 × 264,500 + 20,000 + 300,000 RSU expense + 65,905 payroll tax (vests are wages)
    const r = solve({ levers: [{ kind: 'base', max: 230_000 }], margin: -100 });
    expect(r.cost).toBeCloseTo(1_443_905, 2);
  });

  it('O1: base only, margin 0, equals breakEvenBase', () => {
    // need 61.8 − 52.425 = 9.375 points × 6,666.67 = 62,500/yr of cash → Δbase 62,500/1.15
    const r = solve({ levers: [{ kind: 'base', max: 1_000_000 }], margin: 0 });
    expect(r.algorithm).toBe('greedy');
    expect(r.package.cash.base).toBeCloseTo(230_000 + 54_347.83, 2);
    expect(r.extraCost).toBeCloseTo(253_625, 2); // 4 × 62,500 × 1.0145
    expect(r.cost).toBeCloseTo(1_697_530, 2);
    const be = breakEvenBase(ours, rivalA, production);
    // breakEvenBase bisects to ~$1 and rounds up to whole dollars: $54,349 against the exact 54,347.83
    expect(Math.abs(230_000 + (be ?? 0) - r.package.cash.base)).toBeLessThanOrEqual(2);
  });

  it('O2: five levers, margin 1', () => {
    // need 62.8 − 52.425 = 10.375: scope +2 (3 points, $0), then cash 7.375 points at $27,053.33;
    // sign-on first (T2): +80,000 = 20,000/yr, the remaining 29,166.67/yr to C → base +25,362.32
    const r = solve({});
    expect(r.feasible).toBe(true);
    expect(r.algorithm).toBe('greedy');
    expect(change(r, 'rating:scope')).toBeCloseTo(9, 9);
    expect(change(r, 'signOn')).toBeCloseTo(100_000, 2);
    expect(change(r, 'base')).toBeCloseTo(255_362.32, 2);
    expect(change(r, 'rating:data')).toBe(8);
    expect(change(r, 'rsuGrant')).toBe(0);
    expect(r.score).toBeCloseTo(62.8, 9);
    expect(r.extraCost).toBeCloseTo(199_518.33, 2); // 7.375 × 27,053.33
    expect(r.cost).toBeCloseTo(1_643_423.33, 2);
    expect(r.recurringRunRate).toBeCloseTo(293_666.67, 2); // 255,362.32 × 1.15
  });

  it('O4: the below-floor trap (equity floor 100k)', () => {
    const profile = {
      ...production,
      money: { ...production.money, equity: { floor: 100_000, target: 200_000 } },
    };
    const levers = [
      { kind: 'base' as const, max: 300_000 },
      { kind: 'signOn' as const, max: 100_000 },
      { kind: 'rsuGrant' as const, max: 600_000 },
    ];
    // margin 1 (need 8.675): cash 8.675 × 27,053.33 = 234,687.67 < equity 101,450 + 8.675 × 20,290
    const m1 = solve({ profile, levers, margin: 1 });
    expect(m1.extraCost).toBeCloseTo(234_687.67, 2);
    expect(change(m1, 'signOn')).toBeCloseTo(100_000, 2);
    expect(change(m1, 'base')).toBeCloseTo(262_898.55, 2);
    expect(m1.score).toBeGreaterThanOrEqual(53.6 - 1e-9);
    // margin 7 (need 14.675): cash 397,007.67 < equity 399,205.75
    const m7 = solve({ profile, levers, margin: 7 });
    expect(m7.extraCost).toBeCloseTo(397_007.67, 2);
    expect(change(m7, 'base')).toBeCloseTo(297_681.16, 2);
    // margin 8 (need 15.675 > cash's 15.075): equity 101,450 + 15.675 × 20,290
    const m8 = solve({ profile, levers, margin: 8 });
    expect(m8.extraCost).toBeCloseTo(419_495.75, 2);
    expect(change(m8, 'rsuGrant')).toBeCloseTo(413_500, 2);
    expect(change(m8, 'base')).toBeCloseTo(230_000, 6);
  });

  it('O5: the Social Security wage cap makes sign-on first cheaper', () => {
    // sign-on 60,000 (+15,000/yr), then base +7,500: 60,000 + 30,000 + tax 4,839 = 94,839
    const r = cheapestWinningPackage({ ...o5, finance, margin: 0 });
    expect(r.package.cash.base).toBeCloseTo(157_500, 2);
    expect(r.package.cash.signOn).toBeCloseTo(60_000, 2);
    expect(r.extraCost).toBeCloseTo(94_839, 2);
    expect(r.cost).toBeCloseTo(740_907, 2);
  });

  it('O6: robust to two profiles, with dual prices', () => {
    const r = solve({ rival: rivalB, levers: o6Levers, robust: { profiles: [research] } });
    expect(r.algorithm).toBe('lp');
    expect(r.extraCost).toBeCloseTo(217_375.64, 1);
    expect(r.cost).toBeCloseTo(1_661_280.64, 1);
    expect(change(r, 'signOn')).toBeCloseTo(100_000, 2);
    expect(change(r, 'base')).toBeCloseTo(258_112.82, 1);
    expect(change(r, 'rating:data')).toBeCloseTo(8.125538, 5);
    expect(change(r, 'rating:roadmap')).toBeCloseTo(6, 6);
    const [prod, res] = r.scenarios ?? [];
    expect(prod?.dollarsPerPoint).toBeCloseTo(23_069.74, 1);
    expect(res?.dollarsPerPoint).toBeCloseTo(6_772.1, 1);
    expect(prod?.lead).toBeCloseTo(1, 6);
    expect(res?.lead).toBeCloseTo(1, 6);
  });

  it('O7: robust to a ±0.05 weight box', () => {
    const r = solve({ rival: rivalB, levers: o6Levers, robust: { weightBox: { delta: 0.05 } } });
    expect(r.scenarios).toHaveLength(21); // the profile + 20 vertices
    expect(r.extraCost).toBeCloseTo(269_060.78, 1);
    expect(change(r, 'base')).toBeCloseTo(248_502.42, 1);
    expect(change(r, 'rating:roadmap')).toBeCloseTo(8.538889, 5);
    const prices = (r.scenarios ?? []).filter((s) => s.binding).map((s) => s.dollarsPerPoint);
    expect(prices.sort((a, b) => b - a)).toEqual([
      expect.closeTo(13_848.89, 1),
      expect.closeTo(13_075.56, 1),
    ]);
  });

  it('O8: infeasible, with the shortfall and the closest package', () => {
    const r = solve({
      levers: [
        { kind: 'rating', dimension: 'data', max: 10, costPerPointPerYear: 15_000 },
        { kind: 'signOn', max: 60_000 },
      ],
    });
    // best = 52.425 + 2 (data) + 1.5 (+40,000 sign-on) = 55.925 < 62.8
    expect(r.feasible).toBe(false);
    expect(r.shortfall).toBeCloseTo(6.875, 9);
    expect(r.extraCost).toBeCloseTo(160_580, 2); // 120,000 + 40,000 × 1.0145
    expect(r.cost).toBeCloseTo(1_604_485, 2);
  });

  it('O9: base versus bonus, bonus listed first', () => {
    // C must reach 327,000: bonus to 25% (230,000 × 1.25 = 287,500), then base = 327,000 / 1.25
    const r = solve({
      levers: [
        { kind: 'bonusTargetPct', max: 25 },
        { kind: 'base', max: 1_000_000 },
      ],
      margin: 0,
    });
    expect(r.package.cash.bonusTargetPct).toBeCloseTo(25, 9);
    expect(r.package.cash.base).toBeCloseTo(261_600, 2);
    expect(r.extraCost).toBeCloseTo(253_625, 2);
  });

  it('O10: robust to the hiring panel', () => {
    // The profile is production-track's money settings with the panel's group weights (C10's
    // AIP-arithmetic mean): the mean of the members' leads, so never binding when they all lead.
    const group = {
      cash: 0.2375,
      equity: 0.1625,
      scope: 0.1875,
      data: 0.1875,
      roadmap: 0.1125,
      commitment: 0.1125,
    };
    const profile = { ...production, weights: group };
    const r = solve({
      rival: rivalB,
      levers: o6Levers,
      profile,
      robust: { weightScenarios: panelWeights },
    });
    expect(change(r, 'signOn')).toBeCloseTo(87_818.18, 1);
    expect(change(r, 'rating:roadmap')).toBeCloseTo(9, 6);
    expect(change(r, 'rating:data')).toBeCloseTo(8.745455, 5);
    expect(change(r, 'base')).toBeCloseTo(230_000, 4);
    expect(r.extraCost).toBeCloseTo(218_619.73, 1);
    const members = (r.scenarios ?? []).slice(1);
    expect(members.map((m) => m.lead)).toEqual(
      [1, 1, 2.3977, 1.5841].map((v) => expect.closeTo(v, 3)),
    );
    expect(members[0]?.dollarsPerPoint).toBeCloseTo(21_396.36, 1);
    expect(members[1]?.dollarsPerPoint).toBeCloseTo(7_905.45, 1);
  });

  it('O11: coupled caps use Algorithm B', () => {
    const r = cheapestWinningPackage({ ...o11, finance, margin: 1 });
    expect(r.algorithm).toBe('lp');
    expect(r.coupling.map((c) => c.year)).toEqual([1, 2, 3, 4]);
    expect(r.package.cash.base).toBeCloseTo(188_125, 2);
    expect(change(r, 'rsuGrant')).toBeCloseTo(36_000, 2);
    expect(r.extraCost).toBeCloseTo(154_497.25, 2);
    expect(r.cost).toBeCloseTo(882_379.25, 2);
    expect(r.scenarios?.[0]?.dollarsPerPoint).toBeCloseTo(15_217.5, 1);
  });
});
