import fc from 'fast-check';
import { parseOffer } from '@/domain';
import { clawbackAtMost, clawbackSteps } from '@/features/offers/clawback';

const cash = (patch: Record<string, number>) =>
  parseOffer({ name: 'x', cash: { base: 100_000, ...patch } }).cash;

describe('clawbackSteps', () => {
  it('a window inside year 1 repays the year-1 sign-on', () => {
    expect(clawbackSteps(cash({ signOn: 50_000, clawbackMonths: 12 }))).toEqual([
      { fromMonth: 1, toMonth: 12, repay: 50_000 },
    ]);
  });

  it('without a year-2 installment the whole window repays the same: one step', () => {
    expect(clawbackSteps(cash({ signOn: 20_000, clawbackMonths: 18 }))).toEqual([
      { fromMonth: 1, toMonth: 18, repay: 20_000 },
    ]);
  });

  it('a window reaching into year 2 repays both installments after month 12', () => {
    expect(
      clawbackSteps(cash({ signOn: 50_000, signOnYear2: 20_000, clawbackMonths: 24 })),
    ).toEqual([
      { fromMonth: 1, toMonth: 12, repay: 50_000 },
      { fromMonth: 13, toMonth: 24, repay: 70_000 },
    ]);
    expect(clawbackSteps(cash({ signOnYear2: 20_000, clawbackMonths: 18 }))).toEqual([
      { fromMonth: 13, toMonth: 18, repay: 20_000 },
    ]);
  });

  it('no window or no sign-on: nothing to repay', () => {
    expect(clawbackSteps(cash({ signOn: 50_000 }))).toEqual([]);
    expect(clawbackSteps(cash({ clawbackMonths: 12 }))).toEqual([]);
    expect(clawbackAtMost(cash({ clawbackMonths: 12 }))).toBe(0);
  });

  it('property: steps lie in the window, in order, and never repay more than the sign-on paid', () => {
    const money = fc.integer({ min: 0, max: 1_000_000 });
    fc.assert(
      fc.property(money, money, fc.integer({ min: 0, max: 60 }), (signOn, signOnYear2, months) => {
        const c = cash({ signOn, signOnYear2, clawbackMonths: months });
        const steps = clawbackSteps(c);
        let last = 0;
        for (const s of steps) {
          expect(s.fromMonth).toBeGreaterThan(last);
          expect(s.toMonth).toBeGreaterThanOrEqual(s.fromMonth);
          expect(s.toMonth).toBeLessThanOrEqual(months);
          expect(s.repay).toBeGreaterThan(0);
          expect(s.repay).toBeLessThanOrEqual(signOn + (s.fromMonth > 12 ? signOnYear2 : 0));
          last = s.toMonth;
        }
        expect(clawbackAtMost(c)).toBeLessThanOrEqual(signOn + signOnYear2);
      }),
    );
  });
});
