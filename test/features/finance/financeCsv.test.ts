import fc from 'fast-check';
import { employerCostByYear, parseFinance, type StoredOffer } from '@/domain';
import { toCsv } from '@/components/csv';
import { sampleWorkspace } from '@/state/workspaceStore';
import { financeCsvRows, type OfferCost } from '@/features/finance/financeCsv';
import { offer as offerArb } from '../../domain/arbitraries';

const ws = sampleWorkspace();
const offers = ws.offers;
const costOf = (o: StoredOffer, years: number): OfferCost => ({
  name: o.name,
  currency: o.currency,
  years: employerCostByYear(o, ws.finance, years),
  ...(o.band ? { band: o.band } : {}),
});

describe('financeCsvRows', () => {
  const picked: OfferCost[] = offers.slice(0, 3).map((o) => costOf(o, 3));
  const rows = financeCsvRows(picked, 3, ws.finance);

  it('starts with a header naming each year and the horizon total', () => {
    expect(rows[0]).toEqual([
      'Offer',
      'Currency',
      'Component',
      'Year 1',
      'Year 2',
      'Year 3',
      '3-year total',
    ]);
  });

  it('has eight cost rows per offer in whole currency units', () => {
    const first = picked[0]!;
    const offerRows = rows.slice(1, 9);
    expect(offerRows.every((r) => r[0] === first.name)).toBe(true);
    expect(offerRows.map((r) => r[2])).toEqual([
      'Base',
      'Bonus',
      'Sign-on',
      'Relocation',
      'Benefits',
      'Payroll taxes',
      'Equity expense',
      'Total',
    ]);
    for (const r of offerRows) for (const v of r.slice(3)) expect(Number.isInteger(v)).toBe(true);
    const total = offerRows.at(-1)!;
    for (const [i, y] of first.years.entries())
      expect(Math.abs((total[3 + i] as number) - y.total)).toBeLessThanOrEqual(3.5);
  });

  it('carries each offer’s band, compa-ratio and position in range', () => {
    const header = rows.findIndex((r) => r[0] === 'Salary band');
    expect(rows[header]).toEqual([
      'Salary band',
      'Currency',
      'Band min',
      'Band mid',
      'Band max',
      'Year-1 base',
      'Compa-ratio',
      'Position in range %',
      'Position',
    ]);
    const platform = rows.find((r) => r[0] === offers[2]!.name && r[2] === 230_000);
    expect(platform).toEqual([
      offers[2]!.name,
      'USD',
      230_000,
      260_000,
      270_000,
      275_000,
      1.06, // 275,000 ÷ 260,000
      113, // (275,000 − 230,000) ÷ (270,000 − 230,000)
      'Above band max by 5000',
    ]);
    const noBand = financeCsvRows([{ ...picked[0]!, band: undefined }], 3, ws.finance);
    expect(noBand).toContainEqual([picked[0]!.name, 'USD', '', '', '', '', '', '', 'No band']);
  });

  it('lists the assumptions with their sources, an edited one as the user’s own', () => {
    expect(rows).toContainEqual([
      'Social Security (OASDI)',
      6.2,
      184_500,
      expect.stringContaining('SSA'),
      'No',
    ]);
    expect(rows).toContainEqual(['Medicare (HI)', 1.45, '', expect.stringContaining('IRS'), 'No']);
    expect(rows).toContainEqual(['', 60, 4, 6.25, 0]);
    const edited = parseFinance({
      payrollTaxes: ws.finance.payrollTaxes.map((t, i) => (i === 1 ? { ...t, ratePct: 2.9 } : t)),
    });
    expect(financeCsvRows(picked, 3, edited)).toContainEqual([
      'Medicare (HI)',
      2.9,
      '',
      `Your assumption: rate 2.9% (published 1.45%). Based on: ${ws.finance.payrollTaxes[1]!.source}`,
      'Yes',
    ]);
  });

  it('turns into CSV with a BOM and the offer names quoted where needed', () => {
    const text = toCsv(rows);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')[1]).toMatch(
      /^Frontier lab — Research Scientist,USD,Base,340000,/,
    );
  });

  it('property: components sum to the Total row and years sum to the horizon column', () => {
    fc.assert(
      fc.property(
        fc.array(offerArb, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 6 }),
        (list, years) => {
          const costs = list.map((o, i) =>
            costOf({ ...o, id: `o${i}`, name: `Offer ${i}` }, years),
          );
          const csv = financeCsvRows(costs, years, ws.finance);
          for (const cost of costs) {
            const offerRows = csv.filter((r) => r[0] === cost.name).slice(0, 8); // then its band row
            const amounts = offerRows.map((r) => r.slice(3) as number[]);
            const total = amounts.at(-1)!;
            for (let col = 0; col <= years; col++) {
              const sum = amounts.slice(0, -1).reduce((s, r) => s + r[col]!, 0);
              expect(sum).toBe(total[col]);
            }
            for (const r of amounts) {
              expect(r.every(Number.isInteger)).toBe(true);
              expect(r.slice(0, -1).reduce((s, v) => s + v, 0)).toBe(r.at(-1));
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
