import { employerCostByYear, type EmployerCostYear } from '@/domain';
import { sampleWorkspace } from '@/state/workspaceStore';
import { COST_COMPONENTS, costChartData, costRows } from '@/features/finance/costTable';

const year = (y: number, over: Partial<EmployerCostYear> = {}): EmployerCostYear => ({
  year: y,
  base: 100,
  bonus: 10,
  signOn: y === 1 ? 50 : 0,
  relocation: 0,
  benefits: 20,
  payrollTax: 8,
  equityExpense: 30,
  total: 218 - (y === 1 ? 0 : 50),
  ...over,
});

describe('costRows', () => {
  it('has one row per component in table order, then the total', () => {
    const rows = costRows([year(1), year(2)]);
    expect(rows.map((r) => r.label)).toEqual([
      'Base',
      'Bonus',
      'Sign-on',
      'Relocation',
      'Benefits',
      'Payroll taxes',
      'Equity expense',
      'Total',
    ]);
  });

  it('copies the yearly amounts and sums them over the horizon', () => {
    const rows = costRows([year(1), year(2, { base: 103 })]);
    const base = rows.find((r) => r.key === 'base')!;
    expect(base.values).toEqual([100, 103]);
    expect(base.horizonTotal).toBe(203);
    const total = rows.find((r) => r.key === 'total')!;
    expect(total.values).toEqual([218, 171]); // the shown components, 103 + 10 + 20 + 8 + 30
    expect(total.horizonTotal).toBe(389);
  });

  it('rounds every amount once and totals the shown amounts, down and across', () => {
    // Float noise on both sides of .5: the same figure shows the same way in every year.
    const rows = costRows([
      year(1, { signOn: 0, payrollTax: 15_830.5, equityExpense: 300_000.00000000023 }),
      year(2, { payrollTax: 15_830.5, equityExpense: 299_999.99999999977 }),
    ]);
    const byKey = (key: string) => rows.find((r) => r.key === key)!;
    expect(byKey('payrollTax').values).toEqual([15_831, 15_831]);
    expect(byKey('equityExpense').values).toEqual([300_000, 300_000]);
    expect(byKey('total').values).toEqual([315_961, 315_961]);
    expect(byKey('total').horizonTotal).toBe(631_922);
  });

  it('the component rows add up to the total row for a real offer, to the unit', () => {
    const offer = sampleWorkspace().offers.find((o) => o.id === 'offer-platform')!;
    const years = employerCostByYear(offer, sampleWorkspace().finance, 4);
    const rows = costRows(years);
    const components = rows.filter((r) => r.key !== 'total');
    const total = rows.at(-1)!;
    for (const [i, y] of years.entries()) {
      expect(components.reduce((s, r) => s + r.values[i]!, 0)).toBe(total.values[i]);
      expect(Math.abs(total.values[i]! - y.total)).toBeLessThanOrEqual(3.5); // ≤ ½ per component
    }
    expect(components.reduce((s, r) => s + r.horizonTotal, 0)).toBe(total.horizonTotal);
  });

  it('gives empty rows for no years', () => {
    expect(costRows([]).every((r) => r.values.length === 0 && r.horizonTotal === 0)).toBe(true);
  });
});

describe('costChartData', () => {
  it('has one entry per year with every component and a year label', () => {
    const data = costChartData([year(1), year(2)]);
    expect(data.map((d) => d.year)).toEqual(['Year 1', 'Year 2']);
    expect(data[0]).toMatchObject({
      base: 100,
      bonus: 10,
      signOn: 50,
      relocation: 0,
      benefits: 20,
      payrollTax: 8,
      equityExpense: 30,
    });
    for (const { key } of COST_COMPONENTS) expect(typeof data[1]![key]).toBe('number');
  });
});
