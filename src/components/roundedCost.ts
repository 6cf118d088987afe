import type { EmployerCostYear } from '@/domain';
import { roundMoney } from './format';

/** The employer cost components in the order tables, charts and CSVs list them. */
export const EMPLOYER_COST_KEYS = [
  'base',
  'bonus',
  'signOn',
  'relocation',
  'benefits',
  'payrollTax',
  'equityExpense',
] as const satisfies readonly (keyof EmployerCostYear)[];

export type EmployerCostKey = (typeof EMPLOYER_COST_KEYS)[number];

/**
 * A year of employer cost as shown: each component in whole currency units, and the total the sum
 * of those shown components (it can differ from the engine's unrounded total by a unit or two,
 * never from the figures printed above it). Compare, Finance, print and CSV all show this.
 */
export function shownCostYear(year: EmployerCostYear): EmployerCostYear {
  const shown: EmployerCostYear = { ...year, total: 0 };
  for (const key of EMPLOYER_COST_KEYS) {
    shown[key] = roundMoney(year[key]);
    shown.total += shown[key];
  }
  return shown;
}

/** Total employer cost over the years, as the sum of the shown yearly totals. */
export function shownCostTotal(years: readonly EmployerCostYear[]): number {
  let total = 0;
  for (const y of years) total += shownCostYear(y).total;
  return total;
}
