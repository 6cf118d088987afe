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
    expect(total.values).toEqual([218, 168]);
    expect(total.horizonTotal).toBe(386);
  });

  it("uses the engine's total, and the component rows add up to it for a real offer", () => {
    const offer = sampleWorkspace().offers.find((o) => o.id === 'offer-platform')!;
    const years = employerCostByYear(offer, sampleWorkspace().finance, 4);
    const rows = costRows(years);
    const components = rows.filter((r) => r.key !== 'total');
    const total = rows.at(-1)!;
    expect(total.values).toEqual(years.map((y) => y.total));
    expect(components.reduce((s, r) => s + r.horizonTotal, 0)).toBeCloseTo(total.horizonTotal, 6);
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
