import { equityExpenseByYear } from './equityExpense';
import { equityWagesOf, payrollTaxLinesByYear, taxableWages } from './payrollTax';
import { compensationByYear } from '../money/compensation';
import type { FinanceAssumptions } from '../schemas/finance';
import type { Offer } from '../schemas/offer';
import type { EmployerCostYear, YearBreakdown } from '../types';

export {
  payrollTax,
  payrollTaxLines,
  payrollTaxLinesByYear,
  taxableWages,
  equityWagesOf,
  type PayrollTaxLine,
  type WageParts,
} from './payrollTax';
export {
  unitFairValue,
  grantFairValue,
  equityExpenseByYear,
  fairValueRatio,
} from './equityExpense';

/** Employer cost from already computed year rows (shared with the workspace summary). */
export function employerCostFromRows(
  offer: Offer,
  rows: readonly YearBreakdown[],
  finance: FinanceAssumptions,
): EmployerCostYear[] {
  const equityExpense = equityExpenseByYear(offer, finance, rows.length);
  const wagesByYear = rows.map((r) => taxableWages({ ...r, equityWages: equityWagesOf(offer, r) }));
  const taxLines = payrollTaxLinesByYear(offer, wagesByYear, finance);
  const band = offer.band;
  return rows.map((r, i) => {
    const equityWages = equityWagesOf(offer, r);
    const wages = wagesByYear[i] ?? 0;
    let tax = 0;
    for (const line of taxLines[i] ?? []) tax += line.amount;
    const equity = equityExpense[i] ?? 0;
    const benefits = offer.benefits.employerCost;
    const row: EmployerCostYear = {
      year: r.year,
      base: r.base,
      bonus: r.bonus,
      signOn: r.signOn,
      relocation: r.relocation,
      benefits,
      payrollTax: tax,
      equityExpense: equity,
      // Vest value counts as wages (payroll tax) but its cost to the company is the expense.
      total: wages - equityWages + benefits + tax + equity,
      equityWages,
      taxableWages: wages,
      payrollTaxLines: taxLines[i] ?? [],
    };
    if (band) {
      if (band.mid > 0) row.compaRatio = r.base / band.mid; // base / band midpoint
      if (band.max > band.min) row.rangePosition = (r.base - band.min) / (band.max - band.min);
    }
    return row;
  });
}

/** What the package costs the employer in each year 1..years (offer currency). */
export function employerCostByYear(
  offer: Offer,
  finance: FinanceAssumptions,
  years: number,
): EmployerCostYear[] {
  return employerCostFromRows(offer, compensationByYear(offer, years), finance);
}
