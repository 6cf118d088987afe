import fc from 'fast-check';
import { compensationByYear, parseOffer } from '@/domain';
import { calendarMonth, monthlyPay } from '@/domain/money/monthlyPay';
import { offer as offerArb } from '../arbitraries';

describe('monthlyPay', () => {
  it('puts salary in every month, the bonus in month 12 and the sign-on in month 1', () => {
    const offer = parseOffer({
      name: 'A',
      cash: { base: 120_000, raisePct: 10, bonusTargetPct: 10, signOn: 5_000, signOnYear2: 2_000 },
    });
    const months = monthlyPay(offer, 2);
    expect(months).toHaveLength(24);
    expect(months[0]).toMatchObject({ salary: 10_000, signOn: 5_000, bonus: 0 });
    expect(months[11]?.bonus).toBeCloseTo(12_000); // 10% of 120,000
    // Year 2: base 132,000 → 11,000 a month; bonus 13,200 in month 24; year-2 sign-on in month 13.
    expect(months[12]).toMatchObject({ signOn: 2_000 });
    expect(months[12]?.salary).toBeCloseTo(11_000);
    expect(months[23]?.bonus).toBeCloseTo(13_200);
  });

  it('adds up, year by year, to compensationByYear (cash and public RSU paper value)', () => {
    fc.assert(
      fc.property(offerArb, fc.integer({ min: 1, max: 6 }), (input, years) => {
        const offer = input;
        const rows = compensationByYear(offer, years);
        const months = monthlyPay(offer, years);
        rows.forEach((row, i) => {
          const year = months.slice(12 * i, 12 * i + 12);
          const sum = (f: (m: (typeof months)[number]) => number) =>
            year.reduce((s, m) => s + f(m), 0);
          const scale = Math.max(1, row.totalValue);
          expect(Math.abs(sum((m) => m.salary) - row.base)).toBeLessThan(1e-9 * scale);
          expect(Math.abs(sum((m) => m.bonus) - row.bonus)).toBeLessThan(1e-9 * scale);
          expect(sum((m) => m.signOn)).toBeCloseTo(row.signOn, 6);
          expect(sum((m) => m.relocation)).toBeCloseTo(row.relocation, 6);
          const rsu = offer.equity.type === 'rsu' ? row.equityPaper : 0;
          expect(Math.abs(sum((m) => m.rsuVestPaper) - rsu)).toBeLessThan(1e-9 * Math.max(1, rsu));
        });
      }),
    );
  });
});

describe('calendarMonth', () => {
  it('maps employment months onto calendar months and years', () => {
    expect(calendarMonth('2026-07', 1)).toEqual({ year: 2026, month: 7 });
    expect(calendarMonth('2026-07', 6)).toEqual({ year: 2026, month: 12 });
    expect(calendarMonth('2026-07', 7)).toEqual({ year: 2027, month: 1 });
    expect(calendarMonth('2026-01', 12)).toEqual({ year: 2026, month: 12 });
    expect(calendarMonth('2026-01', 13)).toEqual({ year: 2027, month: 1 });
  });
});
