// @vitest-environment node
// Private exits (§5.4): post-exit vesting rules, realized basis, IPO mode through the curves.
import { equityOutcomes, exitValue, parseOffer, type OfferInput } from '@/domain';

const M = 1_000_000;
const lab = (priv: Record<string, unknown>, equity: Record<string, unknown> = {}) =>
  parseOffer({
    name: 'Lab',
    cash: { base: 0 },
    equity: {
      type: 'rsu',
      shares: 4_000,
      sharePrice: 10,
      liquidity: 'private',
      fullyDilutedShares: 10 * M,
      outcome: {
        private: {
          exitProbByYear: [0, 1], // a certain exit at the end of year 2
          exitValue: { components: [{ weightPct: 100, median: 100 * M, sigma: 0 }] },
          ...priv,
        },
      },
      ...equity,
    },
  } as OfferInput);
/** P50 per year, rounded to cents (sums of fractions carry float noise). */
const byYear = (o: ReturnType<typeof lab>, basis: 'vested' | 'realized' = 'vested') =>
  equityOutcomes([o], { metric: 'equity', basis }, 1, 1_024).offers[0]!.byYear.map(
    (y) => Math.round(y.p50 * 100) / 100,
  );

describe('lots vesting after the exit', () => {
  // 4-year grant, 1,000 units a year, $10 a unit at the exit (V/F = 100M/10M)
  it('continue: every lot at the exit’s value in its vest year', () => {
    expect(byYear(lab({}))).toEqual([10_000, 20_000, 30_000, 40_000]);
  });
  it('accelerate: all unvested units vest at the exit (year 2)', () => {
    expect(byYear(lab({ postExitVesting: 'accelerate' }))).toEqual([
      10_000, 40_000, 40_000, 40_000,
    ]);
  });
  it('cancel: lots after the exit are worth 0', () => {
    expect(byYear(lab({ postExitVesting: 'cancel' }))).toEqual([10_000, 20_000, 20_000, 20_000]);
  });
  it('realized basis: the year-1 lot is paid at the exit in year 2, later lots at vest', () => {
    expect(byYear(lab({}), 'realized')).toEqual([0, 20_000, 30_000, 40_000]);
  });
  it('no exit in the window: worth 0 and pEquityZero = 1', () => {
    const r = equityOutcomes([lab({ exitProbByYear: [] })], { metric: 'equity' }, 1, 1_024)
      .offers[0]!;
    expect(r.byYear[3]!.p90).toBe(0);
    expect(r.pEquityZero).toBe(1);
  });
});

describe('exits through the cap table', () => {
  const table = {
    commonShares: 6 * M,
    includesGrant: true,
    series: [{ name: 'A', shares: 4 * M, invested: 80 * M }],
  };
  it('every exit a sale at $100M: A holds its $80M, p = 20M / 6M = $3.33, as exitValue says', () => {
    const o = lab({}, { capTable: table, fullyDilutedShares: undefined });
    const expected = exitValue(o, 100 * M).perShare;
    expect(expected).toBeCloseTo(20 / 6, 12);
    expect(byYear(o)[3]).toBeCloseTo(4_000 * expected, 1);
  });
  it('every exit an IPO (ipoSharePct 100): A converts, p = 100M / 10M = $10', () => {
    const o = lab({ ipoSharePct: 100 }, { capTable: table, fullyDilutedShares: undefined });
    expect(byYear(o)[3]).toBeCloseTo(40_000, 6);
    expect(exitValue(o, 100 * M, { mode: 'ipo' }).perShare).toBeCloseTo(10, 12);
  });
  it('exit values without fully diluted shares or a cap table are an error', () => {
    expect(() =>
      equityOutcomes([lab({}, { fullyDilutedShares: undefined })], {}, 1, 1_024),
    ).toThrow('fullyDilutedShares');
  });
});
