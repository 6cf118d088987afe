// @vitest-environment node
// Worked examples W1–W17 of docs/design/equity.md §7 (M = $1,000,000).
import { exitWaterfall, waterfallCurve, curveAt, type PreferredSeries } from '@/domain';

const M = 1_000_000;
const series = (s: Partial<PreferredSeries> & { name: string; shares: number; invested: number }) =>
  ({
    prefMultiple: 1,
    participating: false,
    capMultiple: null,
    seniority: 0,
    conversionRatio: 1,
    accruedDividends: 0,
    convertible: true,
    ...s,
  }) as PreferredSeries;
const totals = (r: ReturnType<typeof exitWaterfall>) => r.series.map((s) => s.total / M);
const close = (a: number[], b: number[], digits = 3) =>
  a.forEach((x, i) => expect(x).toBeCloseTo(b[i]!, digits));

// W1–W4: A 200k sh / $0.9M, B 300k / $2.1M, C 1.5M / $15M; 1x participating, 2x cap; C > B > A.
const W1 = [
  series({
    name: 'A',
    shares: 200_000,
    invested: 0.9 * M,
    participating: true,
    capMultiple: 2,
    seniority: 1,
  }),
  series({
    name: 'B',
    shares: 300_000,
    invested: 2.1 * M,
    participating: true,
    capMultiple: 2,
    seniority: 2,
  }),
  series({
    name: 'C',
    shares: 1_500_000,
    invested: 15 * M,
    participating: true,
    capMultiple: 2,
    seniority: 3,
  }),
];

describe('worked examples W1–W4 (three stacked capped-participating series)', () => {
  it('W1 $60M: A and B convert, C indifferent (50% × 60 = 30 = its cap) and reported holding', () => {
    const r = exitWaterfall(W1, 60 * M, 1_000_000);
    expect(r.common / M).toBeCloseTo(20, 9); // 1M/3M × 60
    close(totals(r), [4, 6, 30], 9);
    expect(r.converted).toEqual(['A', 'B']);
  });
  it('W2 $25M: $18M preferences, $7M over 3M shares: A 0.9 + 0.467, B 2.1 + 0.7, C 15 + 3.5', () => {
    const r = exitWaterfall(W1, 25 * M, 1_000_000);
    expect(r.common / M).toBeCloseTo(2.333, 3);
    close(totals(r), [1.367, 2.8, 18.5]);
    expect(r.converted).toEqual([]);
  });
  it('W3 $35M: A stops at its 1.8 cap, $16.1M over 2.8M shares, common 35.71% = 5.75', () => {
    const r = exitWaterfall(W1, 35 * M, 1_000_000);
    expect(r.common / M).toBeCloseTo(5.75, 9);
    close(totals(r), [1.8, 3.825, 23.625], 9);
  });
  it('W4 $45M: B capped at 4.2; A converts: 0.2/2.7 × (45 − 15 − 4.2) = 1.911 > 1.8', () => {
    const r = exitWaterfall(W1, 45 * M, 1_000_000);
    expect(r.common / M).toBeCloseTo(9.556, 3);
    close(totals(r), [1.911, 4.2, 29.333]);
    expect(r.converted).toEqual(['A']);
  });
});

describe('worked examples W5–W10', () => {
  const one = (s: Partial<PreferredSeries>) =>
    series({ name: 'Investor', shares: 200_000, invested: M, ...s });
  it('W5 one investor, 20%, 1x NP: $3M → 1 / 2; $6M → converts, 20% × 6 = 1.2 / 4.8', () => {
    const low = exitWaterfall([one({})], 3 * M, 800_000);
    expect(low.series[0]!.total / M).toBeCloseTo(1, 9);
    expect(low.common / M).toBeCloseTo(2, 9);
    const high = exitWaterfall([one({})], 6 * M, 800_000);
    expect(high.series[0]!.total / M).toBeCloseTo(1.2, 9);
    expect(high.common / M).toBeCloseTo(4.8, 9);
    expect(high.converted).toEqual(['Investor']);
  });
  it('W6 Venture Deals: $50M for 60%, $100M sale: NP 60/40; participating 50 + 60% × 50 = 80; 3x cap does not bind: 80', () => {
    const vc = (s: Partial<PreferredSeries>) =>
      series({ name: 'VC', shares: 6 * M, invested: 50 * M, ...s });
    expect(exitWaterfall([vc({})], 100 * M, 4 * M).series[0]!.total / M).toBeCloseTo(60, 9);
    const part = exitWaterfall([vc({ participating: true })], 100 * M, 4 * M);
    expect(part.series[0]!.total / M).toBeCloseTo(80, 9);
    expect(part.common / M).toBeCloseTo(20, 9);
    const capped = exitWaterfall([vc({ participating: true, capMultiple: 3 })], 100 * M, 4 * M);
    expect(capped.series[0]!.total / M).toBeCloseTo(80, 9);
  });
  it('W7 $2M for 30%, 1x participating, $10M: 2 + 30% × 8 = 4.4; common 5.6', () => {
    const r = exitWaterfall(
      [series({ name: 'VC', shares: 3 * M, invested: 2 * M, participating: true })],
      10 * M,
      7 * M,
    );
    expect(r.series[0]!.total / M).toBeCloseTo(4.4, 9);
    expect(r.common / M).toBeCloseTo(5.6, 9);
  });
  it('W8 $2M at 20%, 1x NP, $8M: holds $2M (20% would be 1.6); common 6', () => {
    const r = exitWaterfall([series({ name: 'VC', shares: 2 * M, invested: 2 * M })], 8 * M, 8 * M);
    expect(r.series[0]!.total / M).toBeCloseTo(2, 9);
    expect(r.common / M).toBeCloseTo(6, 9);
    expect(r.converted).toEqual([]);
  });
  it('W9 junior NP B converts behind senior participating A: 48 shared 6:2:2 → 28.8, 2 + 9.6, 9.6', () => {
    const r = exitWaterfall(
      [
        series({ name: 'A', shares: 2 * M, invested: 2 * M, participating: true, seniority: 1 }),
        series({ name: 'B', shares: 2 * M, invested: M }),
      ],
      50 * M,
      6 * M,
    );
    expect(r.common / M).toBeCloseTo(28.8, 9);
    close(totals(r), [11.6, 9.6], 9);
    expect(r.converted).toEqual(['B']);
  });
  it('W10 charter rule: capped A converts, 3/10 × 50 = 15 > its 10 cap; 10 only when not convertible', () => {
    const A = series({
      name: 'A',
      shares: 3 * M,
      invested: 5 * M,
      participating: true,
      capMultiple: 2,
    });
    expect(exitWaterfall([A], 50 * M, 7 * M).series[0]!.total / M).toBeCloseTo(15, 9);
    const locked = exitWaterfall([{ ...A, convertible: false }], 50 * M, 7 * M);
    expect(locked.series[0]!.total / M).toBeCloseTo(10, 9);
  });
});

describe('worked example W11 (eight stacked series, 1x NP, E most senior)', () => {
  const rows: [string, number, number, number][] = [
    ['E', 1_500_000, 9, 7],
    ['D', 870_000, 35, 6],
    ['C', 600_000, 31, 5],
    ['B2', 67_000, 25, 4],
    ['B1', 165_000, 22, 4],
    ['A2', 108_000, 18, 3],
    ['A1', 185_000, 17, 2],
    ['Seed', 79_000, 14.5, 1],
  ];
  const stack = rows.map(([name, shares, price, seniority]) =>
    series({ name, shares, invested: shares * price, seniority }),
  );
  const options = { optionTranches: [{ name: 'Options', count: 500_000, strike: 0 }] };
  it('at $50M: E 13.5, D 30.45, C 6.05 of 18.6, the rest 0; E holds', () => {
    const r = exitWaterfall(stack, 50 * M, 650_000, options);
    close(totals(r), [13.5, 30.45, 6.05, 0, 0, 0, 0, 0], 6);
    expect(r.converted).toEqual([]);
    expect(r.common).toBe(0);
  });
  it('knots: all preferences 74.0895; E converts at 60.5895 + 9 × 2.65 = 84.4395; Seed 99.0145 … D 165.34', () => {
    const knots = waterfallCurve(stack, 650_000, options).map((k) => k.exitValue / M);
    for (const v of [
      74.0895, 84.4395, 99.0145, 105.837, 108.751, 120.839, 130.4, 149.924, 165.34,
    ]) {
      expect(knots.some((k) => Math.abs(k - v) < 5e-4)).toBe(true);
    }
  });
});

describe('worked examples W12–W15', () => {
  it('W12 stacked: B 10, A 2; pari passu: shortfall pro rata, B 12 × 10/15 = 8, A 4', () => {
    const A = series({ name: 'A', shares: 5 * M, invested: 5 * M });
    const B = series({ name: 'B', shares: 5 * M, invested: 10 * M, seniority: 1 });
    close(totals(exitWaterfall([A, B], 12 * M, 10 * M)), [2, 10], 9);
    close(totals(exitWaterfall([A, { ...B, seniority: 0 }], 12 * M, 10 * M)), [4, 8], 9);
  });
  it('W13 options: p = (10 + 1)/(9 + 1) = 1.10; common 9.9, options 0.1; strike 1.20 under water: 10/9', () => {
    const r = exitWaterfall([], 10 * M, 9 * M, {
      optionTranches: [{ name: 'o', count: M, strike: 1 }],
    });
    expect(r.commonPerShare).toBeCloseTo(1.1, 12);
    expect(r.common / M).toBeCloseTo(9.9, 9);
    expect(r.optionTranches[0]!.total / M).toBeCloseTo(0.1, 9);
    // treasury check: 9M + 1M × (1 − 1/1.10) diluted shares at 10/9.0909
    expect(10 / (9 + (1 - 1 / 1.1))).toBeCloseTo(r.commonPerShare, 12);
    const under = exitWaterfall([], 10 * M, 9 * M, {
      optionTranches: [{ name: 'o', count: M, strike: 1.2 }],
    });
    expect(under.commonPerShare).toBeCloseTo(10 / 9, 12);
    expect(under.optionTranches[0]!.total).toBe(0);
  });
  it('W14 2x NP owning 25%: $20M wipes common out; $80M VC 20 / common 60; $100M converts 25 / 75', () => {
    const vc = [series({ name: 'VC', shares: M, invested: 10 * M, prefMultiple: 2 })];
    expect(exitWaterfall(vc, 20 * M, 3 * M).common).toBe(0);
    const mid = exitWaterfall(vc, 80 * M, 3 * M);
    expect(mid.common / M).toBeCloseTo(60, 9);
    expect(mid.converted).toEqual([]);
    const high = exitWaterfall(vc, 100 * M, 3 * M);
    close([high.series[0]!.total / M, high.common / M], [25, 75], 9);
  });
  it('W15 capped participation: 5 → 5, 50 → 10 + 25% × 40 = 20, 100 → flat 30, 160 → converts, 40; knots 0, 10, 90, 120', () => {
    const vc = [
      series({
        name: 'VC',
        shares: 2.5 * M,
        invested: 10 * M,
        participating: true,
        capMultiple: 3,
      }),
    ];
    const pay = (v: number) => exitWaterfall(vc, v * M, 7.5 * M).series[0]!.total / M;
    close([pay(5), pay(50), pay(100), pay(160)], [5, 20, 30, 40], 9);
    const knots = waterfallCurve(vc, 7.5 * M, { maxExitValue: 200 * M });
    expect(knots.map((k) => k.exitValue / M)).toEqual([0, 10, 90, 120, 200]);
    close(
      knots.map((k) => k.commonPerShare),
      [0, 0, 8, 12, 20],
      9,
    );
  });
});

describe('worked examples W16–W17 (breakpoints)', () => {
  const stack = [
    series({ name: 'Seed', shares: 2 * M, invested: 4 * M }),
    series({ name: 'A', shares: 3 * M, invested: 30 * M, seniority: 1 }),
  ];
  const extras = { optionTranches: [{ name: 'Options', count: 1.5 * M, strike: 0.5 }] };
  it('W16 knots 34 (preferences), 39 (options in the money), 56.25 (Seed converts), 164.25 (A converts)', () => {
    const knots = waterfallCurve(stack, 10 * M, extras);
    expect(knots.slice(2, 6).map((k) => k.exitValue / M)).toEqual([34, 39, 56.25, 164.25]);
    close(
      knots.slice(2, 6).map((k) => k.commonPerShare),
      [0, 0.5, 2, 10],
      12,
    );
    // above the last knot the segment extends exactly: $500M and $5B
    for (const v of [500 * M, 5000 * M]) {
      const exact = exitWaterfall(stack, v, 10 * M, extras).commonPerShare;
      expect(Math.abs(curveAt(knots, v) - exact) / exact).toBeLessThan(1e-9);
    }
  });
  it('W17 the W1 stack: 0 to $18M, then knots 31.5, 38.5, 43.5, 46.2, 51, 60; $100M → 33.33', () => {
    const knots = waterfallCurve(W1, 1_000_000);
    const positive = knots
      .filter((k) => k.commonPerShare > 0)
      .map((k) => [k.exitValue / M, k.commonPerShare]);
    expect(knots.filter((k) => k.commonPerShare === 0).at(-1)!.exitValue / M).toBeCloseTo(18, 12);
    close(
      positive.slice(0, 6).map((k) => k[0]!),
      [31.5, 38.5, 43.5, 46.2, 51, 60],
      9,
    );
    close(
      positive.slice(0, 6).map((k) => k[1]!),
      [4.5, 7, 9, 10, 14, 20],
      9,
    );
    expect(curveAt(knots, 100 * M)).toBeCloseTo(33.333, 3);
  });
});
