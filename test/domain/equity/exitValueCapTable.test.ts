// @vitest-environment node
// exitValue with a cap table (W16), units (W18), capTableAt and distributable (§3.1, §3.7).
import { capTableAt, distributable, exitValue, parseOffer, type OfferInput } from '@/domain';

const M = 1_000_000;
const W16: OfferInput = {
  name: 'Startup',
  cash: { base: 0 },
  equity: {
    type: 'options',
    shares: 100_000,
    strikePrice: 0.5,
    liquidity: 'private',
    fullyDilutedShares: 16_500_000,
    capTable: {
      commonShares: 10 * M,
      includesGrant: true, // the 1.5M options include the candidate's 100,000
      series: [
        { name: 'Seed', shares: 2 * M, invested: 4 * M },
        { name: 'A', shares: 3 * M, invested: 30 * M, seniority: 1 },
      ],
      optionTranches: [{ name: 'Options', count: 1.5 * M, strike: 0.5 }],
    },
  },
};

describe('W16: the candidate’s options, waterfall versus DESIGN.md’s formula', () => {
  const offer = parseOffer(W16);
  const formula = parseOffer({ ...W16, equity: { ...W16.equity, capTable: undefined } });
  it('$120M: p = (120 − 30 + 0.75)/13.5 = 6.7222; gross 672,222, exercise 50,000, net 622,222 (formula 677,273)', () => {
    const v = exitValue(offer, 120 * M);
    expect(v.perShare).toBeCloseTo(90.75 / 13.5, 12);
    expect(v.gross).toBeCloseTo(672_222.22, 1);
    expect(v.exerciseCost).toBeCloseTo(50_000, 9);
    expect(v.net).toBeCloseTo(622_222.22, 1);
    expect(v.waterfall?.converted).toEqual(['Seed']);
    expect(exitValue(formula, 120 * M).net).toBeCloseTo(677_272.73, 1); // 120/16.5 = 7.2727
  });
  it('$60M: p = 30.75/13.5 = 2.2778, net 177,778 (formula 313,636); $30M: A takes all, net 0 (formula 131,818)', () => {
    expect(exitValue(offer, 60 * M).net).toBeCloseTo(177_777.78, 1);
    expect(exitValue(formula, 60 * M).net).toBeCloseTo(313_636.36, 1);
    expect(exitValue(offer, 30 * M).net).toBe(0);
    expect(exitValue(formula, 30 * M).net).toBeCloseTo(131_818.18, 1);
  });
  it('IPO at $120M: everyone converts, p = 120.75/16.5 = 7.3182, net 681,818', () => {
    const v = exitValue(offer, 120 * M, { mode: 'ipo' });
    expect(v.perShare).toBeCloseTo(120.75 / 16.5, 12);
    expect(v.net).toBeCloseTo(681_818.18, 1);
  });
});

describe('W18: a capped unit', () => {
  it('at 15× the grant price the grant is worth 10 × $2M = $20M, at 4× $8M', () => {
    const offer = parseOffer({
      name: 'Lab',
      cash: { base: 0 },
      equity: {
        type: 'rsu',
        shares: 100_000,
        sharePrice: 20,
        liquidity: 'private',
        fullyDilutedShares: M,
        unitCapMultiple: 10,
      },
    });
    expect(exitValue(offer, 300 * M).gross).toBeCloseTo(20 * M, 6); // p = V/F = $300 = 15 × $20
    expect(exitValue(offer, 80 * M).gross).toBeCloseTo(8 * M, 6); // p = $80 = 4 × $20
  });
  it('a profits interest pays max(0, p − threshold) and costs nothing to exercise', () => {
    const offer = parseOffer({
      name: 'LLC',
      cash: { base: 0 },
      equity: {
        type: 'rsu',
        shares: 1_000,
        liquidity: 'private',
        fullyDilutedShares: M,
        thresholdPrice: 5,
      },
    });
    expect(exitValue(offer, 12 * M)).toEqual({
      gross: 7_000,
      exerciseCost: 0,
      net: 7_000,
      perShare: 7,
    });
    expect(exitValue(offer, 3 * M).net).toBe(0);
  });
});

describe('capTableAt and distributable', () => {
  const offer = parseOffer({
    name: 'Startup',
    cash: { base: 0 },
    equity: {
      type: 'rsu',
      shares: 100_000,
      liquidity: 'private',
      capTable: {
        commonShares: 8 * M,
        series: [{ name: 'A', shares: 2 * M, issuePrice: 2, seniority: 3 }],
        unallocatedPool: 400_000,
        stacking: 'standard',
        netDebt: 5 * M,
        transactionFeePct: 2,
        carveOutPct: 3,
        futureRounds: [
          { year: 2, dilutionPct: 20, preMoney: 100 * M },
          { year: 3, dilutionPct: 10, kind: 'common', strike: 4 },
        ],
      },
    },
  });
  it('adds the RSU grant to common today; issuePrice × shares is the invested amount', () => {
    const now = capTableAt(offer, 0);
    expect(now.commonShares).toBe(8.1 * M);
    expect(now.stack).toHaveLength(1);
    expect(now.stack[0]!.invested).toBe(4 * M);
  });
  it('a 20% round over F = 8.1 + 2 + 0.4 = 10.5M adds 2.625M shares, invested 100 × 0.2/0.8 = $25M, senior (standard)', () => {
    const y2 = capTableAt(offer, 2);
    const round = y2.stack[1]!;
    expect(round.shares).toBeCloseTo(10.5 * M * 0.25, 6);
    expect(round.invested).toBeCloseTo(25 * M, 6);
    expect(round.seniority).toBe(4);
    expect(y2.optionTranches).toHaveLength(0);
  });
  it('a common round becomes an option tranche at its strike; all rounds apply without a year', () => {
    const all = capTableAt(offer, Infinity);
    expect(all.optionTranches).toHaveLength(1);
    expect(all.optionTranches[0]!.strike).toBe(4);
    expect(all.optionTranches[0]!.count).toBeCloseTo(((10.5 * M + 2.625 * M) * 0.1) / 0.9, 6);
  });
  it('D = max(0, V × (1 − 2% − 3%) − $5M)', () => {
    const table = offer.equity.capTable!;
    expect(distributable(table, 100 * M)).toBeCloseTo(90 * M, 6);
    expect(distributable(table, 4 * M)).toBe(0);
  });
  it('pari passu stacking: a future series joins the most senior tier', () => {
    const pari = parseOffer({
      ...offer,
      equity: { ...offer.equity, capTable: { ...offer.equity.capTable!, stacking: 'pariPassu' } },
    });
    expect(capTableAt(pari, 2).stack[1]!.seniority).toBe(3);
  });
});
