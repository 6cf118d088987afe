// @vitest-environment node
/** wagesByTaxYear (tax.md §3): the employment-month grid mapped onto tax years. */
import fc from 'fast-check';
import { compensationByYear, parseOffer, wagesByTaxYear, type OfferInput } from '@/domain';
import { offer as offerArb } from '../arbitraries';

const offer = (input: Partial<OfferInput>) =>
  parseOffer({ name: 'W', cash: { base: 0 }, ...input });

describe('wagesByTaxYear', () => {
  it('spreads a July start over three US calendar years', () => {
    // base 120,000 → 10,000 a month; sign-on in month 1 (Jul 2026); bonus 10% in month 12 (Jun 2027)
    // and month 24 (Jun 2028)
    const rows = wagesByTaxYear(
      offer({ startDate: '2026-07', cash: { base: 120_000, bonusTargetPct: 10, signOn: 10_000 } }),
      2,
    );
    expect(rows.map((r) => r.year)).toEqual([2026, 2027, 2028]);
    expect(rows[0]).toMatchObject({ signOn: 10_000, bonus: 0 });
    expect(rows[0]?.salary).toBeCloseTo(60_000, 9);
    expect(rows[1]?.salary).toBeCloseTo(120_000, 9);
    expect(rows[1]?.bonus).toBeCloseTo(12_000, 9);
    expect(rows[2]?.salary).toBeCloseTo(60_000, 9);
    expect(rows[2]?.bonus).toBeCloseTo(12_000, 9);
  });

  it('without a start date: employment years are the tax years from 2026, matching compensationByYear', () => {
    const o = offer({
      cash: {
        base: 200_000,
        raisePct: 5,
        bonusTargetPct: 15,
        signOn: 30_000,
        signOnYear2: 10_000,
        relocation: 8_000,
      },
      equity: {
        type: 'rsu',
        shares: 1_000,
        sharePrice: 100,
        growthPct: 10,
        refresh: { value: 50_000 },
      },
    });
    const rows = wagesByTaxYear(o, 4);
    const comp = compensationByYear(o, 4);
    expect(rows.map((r) => r.year)).toEqual([2026, 2027, 2028, 2029]);
    rows.forEach((r, i) => {
      const c = comp[i]!;
      expect(r.salary).toBeCloseTo(c.base, 6);
      expect(r.bonus).toBeCloseTo(c.bonus, 6);
      expect(r.signOn).toBeCloseTo(c.signOn, 6);
      expect(r.relocation).toBeCloseTo(c.relocation, 6);
      expect(r.rsuVest).toBeCloseTo(c.equityPaper, 6); // paper value, not risk-adjusted
    });
  });

  it('UK: January–March belong to the previous tax year (from 6 April)', () => {
    // start Jan 2026 → months 1–3 in 2025/26, months 4–12 (Apr–Dec 2026) in 2026/27
    const rows = wagesByTaxYear(
      offer({ startDate: '2026-01', cash: { base: 120_000, bonusTargetPct: 10 } }),
      1,
      {
        jurisdiction: 'GB-ENG',
      },
    );
    expect(rows.map((r) => r.year)).toEqual([2025, 2026]);
    expect(rows[0]?.salary).toBeCloseTo(30_000, 9);
    expect(rows[1]?.salary).toBeCloseTo(90_000, 9);
    expect(rows[1]?.bonus).toBeCloseTo(12_000, 9); // month 12 = December 2026
    // an April start lines the employment year up with the UK tax year
    const april = wagesByTaxYear(offer({ cash: { base: 120_000 } }), 2, {
      jurisdiction: 'GB-ENG',
      firstTaxYear: 2026,
      startMonth: 4,
    });
    expect(april.map((r) => r.year)).toEqual([2026, 2027]);
    expect(april[0]?.salary).toBeCloseTo(120_000, 9);
  });

  it('firstTaxYear and startMonth override the start date', () => {
    const rows = wagesByTaxYear(offer({ startDate: '2030-05', cash: { base: 120_000 } }), 1, {
      firstTaxYear: 2026,
      startMonth: 10,
    });
    // Oct–Dec 2026 and Jan–Sep 2027
    expect(rows.map((r) => r.year)).toEqual([2026, 2027]);
    expect(rows[0]?.salary).toBeCloseTo(30_000, 9);
  });

  it('private RSUs: no wages until liquidity, PRIVATE_RSU_DEFERRED in the vest years', () => {
    const rows = wagesByTaxYear(
      offer({
        cash: { base: 100_000 },
        equity: { type: 'rsu', shares: 4_000, sharePrice: 10, liquidity: 'private' },
      }),
      5,
    );
    expect(rows.every((r) => r.rsuVest === 0)).toBe(true);
    expect(rows.map((r) => r.warnings?.includes('PRIVATE_RSU_DEFERRED'))).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('options without a plan: no wages, OPTIONS_UNTAXED_UNTIL_EXERCISE in the vest years', () => {
    const rows = wagesByTaxYear(
      offer({
        cash: { base: 100_000 },
        equity: { type: 'options', shares: 4_000, sharePrice: 10, strikePrice: 2 },
      }),
      5,
    );
    expect(rows.every((r) => r.nsoSpread === 0 && r.isoSpread === 0)).toBe(true);
    expect(rows.map((r) => r.warnings?.includes('OPTIONS_UNTAXED_UNTIL_EXERCISE'))).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('NSO spread at a private company uses the 409A price grown; ISO spread is kept apart', () => {
    // p0 = fmvPrice 5 (not the preferred sharePrice 20); year 2 end: 5 × 1.1² = 6.05;
    // NSO 1,000 × (6.05 − 1) = 5,050 in 2027; ISO in year 3: 2,000 × (5 × 1.1³ − 1) = 11,310
    const o = offer({
      cash: { base: 100_000 },
      equity: {
        type: 'options',
        shares: 10_000,
        sharePrice: 20,
        fmvPrice: 5,
        strikePrice: 1,
        growthPct: 10,
        liquidity: 'private',
      },
    });
    const rows = wagesByTaxYear(o, 3, {
      exercisePlan: [
        { year: 2, shares: 1_000, kind: 'nso' },
        { year: 3, shares: 2_000, kind: 'iso' },
      ],
    });
    expect(rows[1]?.nsoSpread).toBeCloseTo(5_050, 9);
    expect(rows[2]?.isoSpread).toBeCloseTo(11_310, 9);
    expect(rows[2]?.nsoSpread).toBe(0);
    expect(rows[0]?.warnings).not.toContain('OPTIONS_UNTAXED_UNTIL_EXERCISE');
  });

  it('NSO spread at a public company uses sharePrice; an underwater or early exercise has no spread', () => {
    const o = offer({
      cash: { base: 100_000 },
      equity: { type: 'options', shares: 10_000, sharePrice: 20, fmvPrice: 5, strikePrice: 25 },
    });
    const rows = wagesByTaxYear(o, 2, {
      exercisePlan: [
        { year: 1, shares: 1_000, kind: 'nso' },
        { year: 9, shares: 1, kind: 'nso' },
      ],
    });
    expect(rows[0]?.nsoSpread).toBe(0); // 20 < 25
    expect(rows[0]?.warnings).toContain('EXERCISE_NO_SPREAD');
    const itm = wagesByTaxYear(
      offer({
        cash: { base: 0 },
        equity: { type: 'options', shares: 1, sharePrice: 20, fmvPrice: 5, strikePrice: 2 },
      }),
      1,
      {
        exercisePlan: [{ year: 1, shares: 100, kind: 'nso' }],
      },
    );
    expect(itm[0]?.nsoSpread).toBeCloseTo(1_800, 9); // 100 × (20 − 2): public ignores fmvPrice
  });

  it('movedFrom flags EQUITY_MULTISTATE in the years with equity income', () => {
    const rows = wagesByTaxYear(
      offer({
        cash: { base: 100_000 },
        equity: { type: 'rsu', shares: 100, sharePrice: 10, vesting: { years: 1, cliffMonths: 0 } },
      }),
      2,
      { movedFrom: 'US-CA' },
    );
    expect(rows.map((r) => r.warnings?.includes('EQUITY_MULTISTATE'))).toEqual([true, false]);
  });

  it('rejects bad options with readable paths', () => {
    const rsu = offer({ cash: { base: 1 }, equity: { type: 'rsu', shares: 1, sharePrice: 1 } });
    expect(() =>
      wagesByTaxYear(rsu, 1, { exercisePlan: [{ year: 1, shares: 1, kind: 'nso' }] }),
    ).toThrow(/exercisePlan: needs an offer with options/);
    expect(() => wagesByTaxYear(rsu, 1, { startMonth: 13 })).toThrow(
      /startMonth: must be a whole month/,
    );
    expect(() => wagesByTaxYear(rsu, 1, { firstTaxYear: 26 })).toThrow(/firstTaxYear/);
    const opts = offer({
      cash: { base: 1 },
      equity: { type: 'options', shares: 1, sharePrice: 1 },
    });
    expect(() =>
      wagesByTaxYear(opts, 1, { exercisePlan: [{ year: 0, shares: -1, kind: 'rsu' as never }] }),
    ).toThrow(/exercisePlan\[0\]\.year.*exercisePlan\[0\]\.shares.*exercisePlan\[0\]\.kind/);
    expect(wagesByTaxYear(rsu, 0)).toEqual([]);
  });

  it('keeps every month: cash and relocation over the tax years sum to compensationByYear', () => {
    fc.assert(
      fc.property(
        offerArb,
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 12 }),
        fc.boolean(),
        (o, years, startMonth, uk) => {
          const rows = wagesByTaxYear(o, years, {
            startMonth,
            ...(uk ? { jurisdiction: 'GB-ENG' } : {}),
          });
          const got = rows.reduce(
            (s, r) => s + r.salary + (r.bonus ?? 0) + (r.signOn ?? 0) + (r.relocation ?? 0),
            0,
          );
          const want = compensationByYear(o, years).reduce((s, r) => s + r.cash + r.relocation, 0);
          expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, want));
          expect(rows[0]?.year).toBe(2026);
          expect(rows.length).toBe(
            years + (uk ? (startMonth === 4 ? 0 : 1) : startMonth === 1 ? 0 : 1),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
