import type { EmployerCostYear } from '@/domain';
import { shownCostYear } from '@/components/roundedCost';

/** The employer cost components, in the order the table and the chart show them. */
export const COST_COMPONENTS = [
  { key: 'base', label: 'Base' },
  { key: 'bonus', label: 'Bonus' },
  { key: 'signOn', label: 'Sign-on' },
  { key: 'relocation', label: 'Relocation' },
  { key: 'benefits', label: 'Benefits' },
  { key: 'payrollTax', label: 'Payroll taxes' },
  { key: 'equityExpense', label: 'Equity expense' },
] as const;

export type CostComponentKey = (typeof COST_COMPONENTS)[number]['key'];

export interface CostRow {
  key: CostComponentKey | 'total';
  label: string;
  /** One amount per year, year 1 first, in whole currency units (rounded once, here). */
  values: number[];
  /** Sum of the shown yearly amounts. */
  horizonTotal: number;
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

/**
 * Rows of the employer-cost table: one per component, then the total. Every amount is rounded to
 * whole units once and each total is the sum of the amounts shown, so the table adds up down and
 * across (the total may differ from the engine's unrounded total by a unit or two).
 */
export function costRows(years: readonly EmployerCostYear[]): CostRow[] {
  const shown = years.map(shownCostYear);
  const rows: CostRow[] = COST_COMPONENTS.map(({ key, label }) => {
    const values = shown.map((y) => y[key]);
    return { key, label, values, horizonTotal: sum(values) };
  });
  const totals = shown.map((y) => y.total);
  rows.push({ key: 'total', label: 'Total', values: totals, horizonTotal: sum(totals) });
  return rows;
}

/** Chart data: one entry per year with each component's amount (stacked bars). */
export type CostChartDatum = { year: string } & Record<CostComponentKey, number>;

export function costChartData(years: readonly EmployerCostYear[]): CostChartDatum[] {
  return years.map((y) => ({
    year: `Year ${y.year}`,
    base: y.base,
    bonus: y.bonus,
    signOn: y.signOn,
    relocation: y.relocation,
    benefits: y.benefits,
    payrollTax: y.payrollTax,
    equityExpense: y.equityExpense,
  }));
}
