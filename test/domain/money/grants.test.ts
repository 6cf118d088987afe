// @vitest-environment node
import fc from 'fast-check';
import {
  compensationByYear,
  employerCostByYear,
  parseFinance,
  parseOffer,
  unvestedSpread,
  unvestedValue,
} from '@/domain';
import { offer as offerArb } from '../arbitraries';

const current = (elapsedMonths: number, extra: Record<string, unknown> = {}) =>
  parseOffer({
    name: 'Current job',
    cash: { base: 200_000 },
    equity: { type: 'rsu', shares: 4_800, sharePrice: 100, elapsedMonths, ...extra },
  });

describe('elapsedMonths: a grant already under way', () => {
  it('resumes the schedule at month e + 1 (18 months in: 30 of 48 months left)', () => {
    const rows = compensationByYear(current(18), 3);
    // 100 shares a month × $100: months 19–30 in year 1, 31–42 in year 2, 43–48 in year 3
    expect(rows.map((r) => r.equity)).toEqual(
      [120_000, 120_000, 60_000].map((v) => expect.closeTo(v, 6)),
    );
    // leaving today forfeits 4,800 × 30/48 × $100
    expect(unvestedValue(current(18))).toBeCloseTo(300_000, 6);
  });

  it('before the cliff, the cliff vest comes at month cliff − e', () => {
    const rows = compensationByYear(current(6), 1);
    // cliff at grant month 12 = month 6 from today: 12/48 of the grant, then months 13–18 (6/48)
    expect(rows[0]?.equity).toBeCloseTo(4_800 * (18 / 48) * 100, 6);
    expect(unvestedValue(current(6))).toBeCloseTo(480_000, 6); // nothing has vested yet
  });

  it('expenses only what is still to be recognized', () => {
    const noTax = parseFinance({ payrollTaxes: [] });
    const rows = employerCostByYear(current(18), noTax, 4);
    // 480,000 over 48 months = 10,000 a month; months 19–48 remain (30 months)
    expect(rows.map((r) => r.equityExpense)).toEqual(
      [120_000, 120_000, 60_000, 0].map((v) => expect.closeTo(v, 6)),
    );
  });

  it('an options grant walks away from the spread', () => {
    const options = current(24, { type: 'options', strikePrice: 40 });
    expect(unvestedValue(options)).toBeCloseTo(4_800 * 0.5 * 100, 6); // DESIGN's shares × fraction × price(0)
    expect(unvestedSpread(options)).toBeCloseTo(4_800 * 0.5 * 60, 6);
  });

  it('vested before + still to vest is the whole grant (property)', () => {
    fc.assert(
      fc.property(offerArb, fc.integer({ min: 0, max: 120 }), (o, e) => {
        const eq = {
          ...o.equity,
          type: 'rsu' as const,
          growthPct: 0,
          liquidity: 'public' as const,
          refresh: { value: 0, startYear: 2 },
        };
        const withElapsed = { ...o, equity: { ...eq, elapsedMonths: e } };
        const years = 10;
        const still = compensationByYear(withElapsed, years).reduce((s, r) => s + r.equityPaper, 0);
        expect(still).toBeCloseTo(unvestedValue(withElapsed), 4);
        expect(unvestedValue(withElapsed)).toBeLessThanOrEqual(
          eq.shares * eq.sharePrice * (1 + 1e-12),
        );
      }),
      { numRuns: 200 },
    );
  });
});
