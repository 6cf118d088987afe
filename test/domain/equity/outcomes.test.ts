// @vitest-environment node
// The outcome model (§5): worked examples M1, M2, M4, W18's tenders, and the invariants of §5.3/§5.8.
import {
  compensationByYear,
  equityOutcomes,
  equityOutcomesChunk,
  mergeOutcomeChunks,
  parseOffer,
  type OfferInput,
} from '@/domain';

const offer = (input: Partial<OfferInput> & { name: string }) =>
  parseOffer({ cash: { base: 0 }, ...input } as OfferInput);
const M = 1_000_000;

describe('M1: public stock percentiles', () => {
  // $100, growth 10%, volatility 35%, one lot at month 48: (μ − σ²/2)·4 = 0.13624, σ√4 = 0.7
  const stock = offer({
    name: 'Public',
    equity: {
      type: 'rsu',
      shares: 1,
      sharePrice: 100,
      growthPct: 10,
      vesting: { years: 4, frequency: 'annual', yearWeights: [0, 0, 0, 100] },
    },
  });
  const r = equityOutcomes([stock], { metric: 'equity' }, 7, 20_480);
  const y4 = r.offers[0]!.byYear[3]!;
  it('P10 ≈ 46.73, P50 ≈ 114.60, P90 ≈ 281.04 (within the sampling error of 20,480 draws)', () => {
    expect(y4.p10 / 46.73).toBeCloseTo(1, 1);
    expect(Math.abs(y4.p50 / 114.6 - 1)).toBeLessThan(0.03);
    expect(Math.abs(y4.p90 / 281.04 - 1)).toBeLessThan(0.04);
    expect(y4.p50Low).toBeLessThanOrEqual(y4.p50);
    expect(y4.p50High).toBeGreaterThanOrEqual(y4.p50);
  });
  it('mean = 100 × 1.1⁴ = 146.41 within 3 standard errors; the typical outcome sits below it', () => {
    expect(Math.abs(y4.mean - 146.41)).toBeLessThan(3 * y4.meanStdErr);
    expect(y4.p50).toBeLessThan(y4.mean);
  });
});

describe('M2: chance that an offer is best', () => {
  // A: a certain $1.6M; B: $1.0M cash + equity 0 w.p. 0.65, else lognormal, median $1M, σ 1.2
  const A = offer({ name: 'A', cash: { base: 400_000 } });
  const B = offer({
    name: 'B',
    cash: { base: 250_000 },
    equity: {
      type: 'rsu',
      shares: 10_000,
      sharePrice: 100,
      liquidity: 'private',
      fullyDilutedShares: M,
      outcome: {
        private: {
          exitProbByYear: [0.35],
          exitValue: { components: [{ weightPct: 100, median: 100 * M, sigma: 1.2 }] },
        },
      },
    },
  });
  const r = equityOutcomes([A, B], {}, 42, 20_480);
  it('B wins in 4,683 of 20,480 draws (seed 42, key "B|exit"): the pinned vector', () => {
    expect(r.offers[1]!.key).toBe('B');
    expect(Math.round(r.offers[1]!.probBest * 20_480)).toBe(4_683);
  });
  it('within 3 standard errors of 0.35 × Φ(−ln 0.6 / 1.2) = 0.23269; probBest sums to 1', () => {
    const p = 0.23269;
    expect(Math.abs(r.offers[1]!.probBest - p)).toBeLessThan(3 * Math.sqrt((p * (1 - p)) / 20_480));
    expect(r.offers[0]!.probBest + r.offers[1]!.probBest).toBeCloseTo(1, 12);
    expect(r.pairwise[1]![0]).toBeCloseTo(r.offers[1]!.probBest, 12);
    expect(r.pairwise[0]![0]).toBe(0.5);
    expect(r.pairwise[0]![1]! + r.pairwise[1]![0]!).toBeCloseTo(1, 12);
  });
});

describe('M4: when P50 is just the cash', () => {
  it('$200k a year, P(exit in the window) = 44%: P10 = P50 = $800,000 at any draw count', () => {
    const startup = offer({
      name: 'Startup',
      cash: { base: 200_000 },
      equity: {
        type: 'options',
        shares: 50_000,
        sharePrice: 4,
        strikePrice: 1,
        liquidity: 'private',
        successPct: 44,
      },
    });
    for (const draws of [1_024, 8_192]) {
      const y4 = equityOutcomes([startup], {}, 'm4', draws).offers[0]!.byYear[3]!;
      expect(y4.p10).toBe(800_000);
      expect(y4.p50).toBe(800_000);
      expect(y4.p90).toBeGreaterThan(800_000);
      expect(y4.mean).toBeGreaterThan(800_000);
    }
  });
});

describe('W18: tender-only liquidity', () => {
  const lab = (basis: 'vested' | 'realized') =>
    equityOutcomes(
      [
        offer({
          name: 'Lab',
          equity: {
            type: 'rsu',
            shares: 1_000,
            sharePrice: 20,
            liquidity: 'private',
            vesting: { years: 1, cliffMonths: 12 },
            outcome: { private: { exitProbByYear: [0], tenders: { firstYear: 1 } } },
          },
        }),
      ],
      { metric: 'equity', basis, horizonYears: 4, windowYears: 4 },
      1,
      1_024,
    ).offers[0]!;
  it('four yearly 25% tenders sell 25%, 18.75%, 14.0625%, 10.546875%: 68.359375%; the rest is worth 0 without an exit', () => {
    const vested = lab('vested');
    expect(vested.byYear[0]!.p50).toBeCloseTo(20_000 * 0.68359375, 6);
    expect(vested.byYear[3]!.p10).toBeCloseTo(20_000 * 0.68359375, 6);
    const realized = lab('realized').byYear.map((y) => y.p50 / 20_000);
    [0.25, 0.4375, 0.578125, 0.68359375].forEach((x, k) => expect(realized[k]).toBeCloseTo(x, 12));
  });
});

describe('consistency invariants (§5.3)', () => {
  const publicOffer = (type: 'rsu' | 'options') =>
    offer({
      name: `Big tech ${type}`,
      company: 'Big tech',
      cash: { base: 240_000, bonusTargetPct: 15, signOn: 50_000, relocation: 10_000 },
      benefits: { value: 12_000 },
      equity: {
        type,
        shares: 3_000,
        sharePrice: 200,
        strikePrice: type === 'options' ? 150 : 0,
        growthPct: 8,
        vesting: { frequency: 'quarterly', cliffMonths: 12 },
        refresh: { value: 80_000, startYear: 2 },
        outcome: { public: { volatilityPct: 0 } },
      },
    });
  it.each(['rsu', 'options'] as const)(
    'a public %s offer with volatility 0 reproduces cumulative compensationByYear in every percentile',
    (type) => {
      const o = publicOffer(type);
      const rows = compensationByYear(o, 6);
      const r = equityOutcomes([o], { horizonYears: 6 }, 3, 1_024).offers[0]!;
      let cum = 0;
      r.byYear.forEach((y, k) => {
        cum += rows[k]!.totalValue;
        for (const v of [y.p10, y.p50, y.p90, y.mean])
          expect(Math.abs(v / cum - 1)).toBeLessThan(1e-9);
      });
    },
  );
  it('with volatility the mean converges to the same totals (within 4 standard errors)', () => {
    const o = publicOffer('rsu');
    const noisy = parseOffer({
      ...o,
      equity: { ...o.equity, outcome: { public: { volatilityPct: 35 } } },
    });
    const rows = compensationByYear(noisy, 4);
    const y4 = equityOutcomes([noisy], {}, 11, 20_480).offers[0]!.byYear[3]!;
    const total = rows.reduce((s, r) => s + r.totalValue, 0);
    expect(Math.abs(y4.mean - total)).toBeLessThan(4 * y4.meanStdErr);
  });
  it('a private offer with σ = 0, one certain exit year and no cap table gives every vested unit V_E(1 − dilution)/F', () => {
    const o = offer({
      name: 'Certain',
      equity: {
        type: 'rsu',
        shares: 4_000,
        sharePrice: 10,
        liquidity: 'private',
        dilutionPct: 20,
        fullyDilutedShares: 10 * M,
        outcome: {
          private: {
            exitProbByYear: [0, 0, 1],
            exitValue: {
              components: [{ weightPct: 100, median: 200 * M, sigma: 0 }],
              medianGrowthPct: 10,
            },
          },
        },
      },
    });
    const perUnit = (200 * M * 1.1 ** 3 * 0.8) / (10 * M);
    const r = equityOutcomes([o], { metric: 'equity' }, 5, 1_024).offers[0]!;
    r.byYear.forEach((y, k) => {
      const expected = perUnit * 1_000 * (k + 1); // 1,000 units a year (cliff at 12 months)
      expect(y.p10).toBeCloseTo(expected, 6);
      expect(y.p90).toBeCloseTo(expected, 6);
    });
    expect(r.pEquityZero).toBe(0);
  });
});

describe('reproducibility and common random numbers (§5.6–§5.8)', () => {
  const startup = offer({
    name: 'Startup',
    company: 'Applied AI',
    cash: { base: 180_000 },
    equity: {
      type: 'options',
      shares: 60_000,
      sharePrice: 8,
      strikePrice: 2,
      growthPct: 20,
      liquidity: 'private',
      successPct: 50,
      capTable: {
        commonShares: 10 * M,
        series: [{ name: 'A', shares: 3 * M, invested: 24 * M }],
        futureRounds: [{ year: 2, dilutionPct: 20, preMoney: 150 * M }],
      },
      outcome: {
        private: { ipoSharePct: 30, tenders: { sellFractionPct: 10, probabilityPct: 50 } },
      },
    },
  });
  const big = offer({
    name: 'Big tech',
    cash: { base: 230_000 },
    equity: { type: 'rsu', shares: 2_000, sharePrice: 180, growthPct: 6 },
  });
  it('determinism: the same inputs give identical arrays', () => {
    const a = equityOutcomesChunk([startup, big], {}, 9, 3);
    const b = equityOutcomesChunk([startup, big], {}, 9, 3);
    expect(a.values).toEqual(b.values);
    expect(a.equityZero).toEqual(b.equityZero);
    expect(equityOutcomes([startup, big], {}, 9, 2_048)).toEqual(
      equityOutcomes([startup, big], {}, 9, 2_048),
    );
  });
  it('key independence: adding an offer never changes another offer’s percentiles', () => {
    const alone = equityOutcomes([startup], {}, 9, 4_096).offers[0]!;
    const together = equityOutcomes([big, startup], {}, 9, 4_096).offers[1]!;
    expect(together.byYear).toEqual(alone.byYear);
    expect(together.pEquityZero).toBe(alone.pEquityZero);
  });
  it('two offers at the same company share every draw', () => {
    const counter = parseOffer({ ...startup, name: 'Counter-offer' });
    const c = equityOutcomesChunk([startup, counter], {}, 4, 0);
    expect(c.keys).toEqual(['Applied AI', 'Applied AI']);
    expect(c.values[1]).toEqual(c.values[0]);
  });
  it('prefix: the first 2,048 draws of a 4,096 run are the 2,048 run', () => {
    const small = equityOutcomes([startup, big], {}, 'prefix', 2_048);
    const merged = mergeOutcomeChunks(
      [1, 0].map((c) => equityOutcomesChunk([startup, big], {}, 'prefix', c)),
      {},
      [startup, big],
    );
    expect(merged.offers).toEqual(small.offers);
    expect(equityOutcomes([startup, big], {}, 'prefix', 2_000).draws).toBe(2_048); // whole chunks
  });
  it('probBest sums to 1 and pairwise is complementary, also with correlated public offers', () => {
    const r = equityOutcomes(
      [startup, big, parseOffer({ ...big, name: 'Other', company: 'Other' })],
      { marketCorrelationPct: 60 },
      2,
      2_048,
    );
    expect(r.offers.reduce((s, o) => s + o.probBest, 0)).toBeCloseTo(1, 12);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++)
        expect(r.pairwise[i]![j]! + r.pairwise[j]![i]!).toBeCloseTo(1, 12);
    expect(r.assumptions.some((a) => a.includes('market factor'))).toBe(true);
  });
  it('a missing exchange rate is an error, never 1:1', () => {
    const euro = parseOffer({ ...big, currency: 'EUR' });
    expect(() => equityOutcomes([euro], {}, 1, 1_024)).toThrow('fxRates.EUR');
    const converted = equityOutcomes([euro], { fxRates: { EUR: 2 } }, 1, 1_024).offers[0]!;
    const plain = equityOutcomes([big], {}, 1, 1_024).offers[0]!;
    expect(converted.byYear[0]!.p50 / plain.byYear[0]!.p50).toBeCloseTo(2, 9);
  });
  it('"auto" starts at 10,240 draws and stops when every P50 is stable', () => {
    const r = equityOutcomes([big], {}, 1, 'auto');
    expect(r.draws).toBe(10_240);
    expect(r.stable).toBe(true);
  });
});
