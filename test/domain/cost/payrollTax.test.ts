// @vitest-environment node
import fc from 'fast-check';
import {
  compensationByYear,
  employerCostByYear,
  parseFinance,
  parseOffer,
  type Offer,
  type OfferInput,
} from '@/domain';
import { offer as offerArb } from '../arbitraries';

const finance = parseFinance({});
const offer = (input: Partial<OfferInput>) =>
  parseOffer({ name: 'Test', cash: { base: 0 }, ...input });
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const taxOver = (o: Offer, years: number) =>
  sum(employerCostByYear(o, finance, years).map((r) => r.payrollTax));

/** decide.md §1.9's "Ours": 230k base, 15% bonus, 20k sign-on, public RSUs 1,500 × $200 over 4 years. */
const ours = offer({
  name: 'Ours',
  cash: { base: 230_000, bonusTargetPct: 15, signOn: 20_000 },
  equity: { type: 'rsu', shares: 1_500, sharePrice: 200, liquidity: 'public' },
});

describe('payroll tax on public RSU vests (DESIGN.md: an RSU vest is wages)', () => {
  it('counts the vests as wages: the decide.md cast costs $1,443,905 over four years', () => {
    const rows = employerCostByYear(ours, finance, 4);
    // year 1 wages 264,500 + 20,000 + 75,000 = 359,500: 11,439 SS + 5,212.75 Medicare + 42 FUTA
    expect(rows[0]?.taxableWages).toBeCloseTo(359_500, 6);
    expect(rows[0]?.equityWages).toBeCloseTo(75_000, 6);
    expect(rows[0]?.payrollTax).toBeCloseTo(16_693.75, 6);
    // years 2–4: 339,500 → 11,439 + 4,922.75 + 42
    expect(rows[1]?.payrollTax).toBeCloseTo(16_403.75, 6);
    // 4 × 264,500 + 20,000 + 300,000 expense + 65,905 tax (vests are wages, not an extra cost)
    expect(sum(rows.map((r) => r.total))).toBeCloseTo(1_443_905, 4);
  });

  it('adds $14,500 of Medicare for a researcher vesting $1M a year', () => {
    const cash = { base: 400_000 };
    const rsu = {
      type: 'rsu' as const,
      shares: 40_000,
      sharePrice: 100,
      vesting: { cliffMonths: 0 },
    };
    const withVests = employerCostByYear(offer({ cash, equity: rsu }), finance, 1)[0];
    const cashOnly = employerCostByYear(offer({ cash }), finance, 1)[0];
    // 40,000 × $100 / 4 = $1M vests in year 1; 1.45% × 1,000,000 = 14,500 (SS and FUTA capped already)
    expect((withVests?.payrollTax ?? 0) - (cashOnly?.payrollTax ?? 0)).toBeCloseTo(14_500, 6);
  });

  it('adds nothing for private RSUs or options (wages only at liquidity or exercise)', () => {
    const cash = { base: 100_000 };
    const cashOnly = taxOver(offer({ cash }), 4);
    const privateRsu = offer({
      cash,
      equity: { type: 'rsu', shares: 1_000, sharePrice: 100, liquidity: 'private' },
    });
    const options = offer({
      cash,
      equity: { type: 'options', shares: 1_000, sharePrice: 100, strikePrice: 1 },
    });
    expect(taxOver(privateRsu, 4)).toBeCloseTo(cashOnly, 6);
    expect(taxOver(options, 4)).toBeCloseTo(cashOnly, 6);
  });
});

describe('calendar-year wage caps with a startDate (DESIGN.md month rule)', () => {
  it('a July start at $250k owes Social Security on all $250k of first-year wages', () => {
    const july = offer({ startDate: '2026-07', cash: { base: 250_000 } });
    const [first] = employerCostByYear(july, finance, 1);
    // Jul–Dec 2026: 125,000 under the 2026 cap; Jan–Jun 2027: 125,000 under the 2027 cap.
    // SS 6.2% × 250,000 = 15,500; Medicare 1.45% × 250,000 = 3,625; FUTA 0.6% × 7,000 × 2 = 84
    expect(first?.payrollTax).toBeCloseTo(15_500 + 3_625 + 84, 6);
    const ss = first?.payrollTaxLines?.find((l) => l.name.startsWith('Social'));
    expect(ss?.taxedWages).toBeCloseTo(250_000, 6);
    // Without a start date, employment years are calendar years: 6.2% × 184,500 = 11,439
    const [plain] = employerCostByYear(offer({ cash: { base: 250_000 } }), finance, 1);
    expect(plain?.payrollTax).toBeCloseTo(11_439 + 3_625 + 42, 6);
  });

  it('puts the sign-on in month 1 and the bonus in month 12 against their calendar years', () => {
    // October start, base 120,000 (10,000/month), bonus 100% (120,000 in month 12 = Sep of next
    // year), sign-on 150,000 in month 1 (Oct). 2026: 150,000 + 3 × 10,000 = 180,000 (under cap).
    // 2027 part of year 1: 9 × 10,000 + 120,000 = 210,000 → capped at 184,500.
    const o = offer({
      startDate: '2026-10',
      cash: { base: 120_000, bonusTargetPct: 100, signOn: 150_000 },
    });
    const ss = employerCostByYear(o, finance, 1)[0]?.payrollTaxLines?.[0];
    expect(ss?.taxedWages).toBeCloseTo(180_000 + 184_500, 6);
  });

  it('a January start equals no start date (property)', () => {
    fc.assert(
      fc.property(offerArb, fc.integer({ min: 1, max: 5 }), (o, years) => {
        const jan = { ...o, startDate: '2027-01' };
        const a = employerCostByYear(o, finance, years);
        const b = employerCostByYear(jan, finance, years);
        a.forEach((row, i) => {
          const scale = Math.max(1, row.total);
          expect(Math.abs((b[i]?.payrollTax ?? 0) - row.payrollTax)).toBeLessThan(1e-9 * scale);
          expect(Math.abs((b[i]?.total ?? 0) - row.total)).toBeLessThan(1e-9 * scale);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('without a start date, the tax is the old formula on cash wages plus the public RSU vests (property)', () => {
    fc.assert(
      fc.property(offerArb, fc.integer({ min: 1, max: 5 }), (o, years) => {
        const publicRsu = o.equity.type === 'rsu' && o.equity.liquidity === 'public';
        const rows = compensationByYear(o, years);
        employerCostByYear(o, finance, years).forEach((cost, i) => {
          const r = rows[i];
          if (!r) throw new Error('missing row');
          // old rule: base + bonus + sign-on + relocation; new: + paper value of public RSU vests
          const wages =
            r.base + r.bonus + r.signOn + r.relocation + (publicRsu ? r.equityPaper : 0);
          const expected =
            0.062 * Math.min(wages, 184_500) + 0.0145 * wages + 0.006 * Math.min(wages, 7_000);
          expect(Math.abs(cost.payrollTax - expected)).toBeLessThan(1e-9 * Math.max(1, wages));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('payroll tax never decreases when wages rise, with or without a start date (property)', () => {
    fc.assert(
      fc.property(
        offerArb,
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
        fc.constantFrom('base', 'signOn', 'bonusTargetPct', 'shares'),
        fc.double({ min: 0, max: 500_000, noNaN: true }),
        (o, startMonth, field, extra) => {
          const startDate =
            startMonth === undefined ? undefined : `2026-${String(startMonth).padStart(2, '0')}`;
          const before: Offer = { ...o, startDate };
          const after: Offer =
            field === 'shares'
              ? { ...before, equity: { ...o.equity, shares: o.equity.shares + extra / 100 } }
              : {
                  ...before,
                  cash: {
                    ...o.cash,
                    [field]: o.cash[field] + (field === 'base' ? extra : extra / 10_000),
                  },
                };
          const a = employerCostByYear(before, finance, 4);
          const b = employerCostByYear(after, finance, 4);
          a.forEach((row, i) => {
            expect(b[i]?.payrollTax ?? 0).toBeGreaterThanOrEqual(
              row.payrollTax - 1e-9 * Math.max(1, row.total),
            );
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
