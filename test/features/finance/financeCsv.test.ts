import { employerCostByYear } from '@/domain';
import { toCsv } from '@/components/csv';
import { sampleWorkspace } from '@/state/workspaceStore';
import { financeCsvRows } from '@/features/finance/financeCsv';

describe('financeCsvRows', () => {
  const ws = sampleWorkspace();
  const offers = ws.offers.slice(0, 2).map((o) => ({
    name: o.name,
    currency: o.currency,
    years: employerCostByYear(o, ws.finance, 3),
  }));
  const rows = financeCsvRows(offers, 3, ws.finance);

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

  it('has eight rows per offer with rounded engine figures', () => {
    const first = offers[0]!;
    const offerRows = rows.filter((r) => r[0] === first.name);
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
    const total = offerRows.at(-1)!;
    expect(total.slice(3, 6)).toEqual(first.years.map((y) => Math.round(y.total)));
    expect(total[6]).toBe(Math.round(first.years.reduce((s, y) => s + y.total, 0)));
  });

  it('lists the assumptions with their sources', () => {
    expect(rows).toContainEqual([
      'Social Security (OASDI)',
      6.2,
      184_500,
      expect.stringContaining('SSA'),
    ]);
    expect(rows).toContainEqual(['Medicare (HI)', 1.45, '', expect.stringContaining('IRS')]);
    expect(rows).toContainEqual(['', 60, 4, 6.25, 0]);
  });

  it('turns into CSV with the offer names quoted where needed', () => {
    const text = toCsv(rows);
    expect(text.split('\r\n')[1]).toMatch(/^Frontier lab — Research Scientist,USD,Base,340000,/);
  });
});
