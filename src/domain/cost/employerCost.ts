import { blackScholesCall } from './blackScholes';
import { compensationByYear } from '../money/compensation';
import { grantsWithin, type Grant } from '../money/grants';
import type { FinanceAssumptions } from '../schemas/finance';
import type { Offer } from '../schemas/offer';
import type { EmployerCostYear, YearBreakdown } from '../types';

/** One payroll tax applied to one year's wages. */
export interface PayrollTaxLine {
  name: string;
  ratePct: number;
  wageCap?: number;
  taxedWages: number; // min(wages, wageCap)
  amount: number; // ratePct/100 × taxedWages
}

/** Taxable wages in a year: base + bonus + sign-on + relocation. */
export const taxableWages = (
  r: Pick<YearBreakdown, 'base' | 'bonus' | 'signOn' | 'relocation'>,
): number => r.base + r.bonus + r.signOn + r.relocation;

/** Each employer payroll tax on one year's wages, for "where does this come from?". */
export function payrollTaxLines(wages: number, finance: FinanceAssumptions): PayrollTaxLine[] {
  return finance.payrollTaxes.map((t) => {
    const taxedWages = Math.min(wages, t.wageCap ?? Infinity);
    return {
      name: t.name,
      ratePct: t.ratePct,
      wageCap: t.wageCap,
      taxedWages,
      amount: (t.ratePct / 100) * taxedWages,
    };
  });
}

/** Employer payroll tax on one year's wages: Σ ratePct/100 × min(wages, wageCap). */
export function payrollTax(wages: number, finance: FinanceAssumptions): number {
  let tax = 0;
  for (const t of finance.payrollTaxes)
    tax += (t.ratePct / 100) * Math.min(wages, t.wageCap ?? Infinity);
  return tax;
}

/** Fair value of one share (RSU) or one option (Black–Scholes) granted at a price and strike. */
export function unitFairValue(
  priceAtGrant: number,
  strike: number,
  isOptions: boolean,
  finance: FinanceAssumptions,
): number {
  if (!isOptions) return priceAtGrant;
  const o = finance.optionValuation;
  return blackScholesCall({
    price: priceAtGrant,
    strike,
    years: o.expectedTermYears,
    volatilityPct: o.volatilityPct,
    riskFreePct: o.riskFreePct,
    dividendPct: o.dividendPct,
  });
}

/** Grant-date fair value: RSU shares × price; options shares × Black–Scholes at grant. */
export function grantFairValue(
  grant: Grant,
  isOptions: boolean,
  finance: FinanceAssumptions,
): number {
  return grant.shares * unitFairValue(grant.priceAtGrant, grant.strike, isOptions, finance);
}

/**
 * Equity expense per year 1..years. Each grant's fair value is recognized straight-line over its
 * vesting period (12 × vesting.years months from its grant month); the cumulative expense at each
 * year end is never below the fair value of the portion vested by then (front-loaded schedules).
 */
export function equityExpenseByYear(
  offer: Offer,
  finance: FinanceAssumptions,
  years: number,
): number[] {
  const expense = new Array<number>(years).fill(0);
  const isOptions = offer.equity.type === 'options';
  const period = offer.equity.vesting.years * 12;
  for (const grant of grantsWithin(offer, years)) {
    const fairValue = grantFairValue(grant, isOptions, finance);
    if (!(fairValue > 0)) continue;
    let previous = 0;
    let vested = 0;
    let vestIndex = 0;
    for (let k = 1; k <= years; k++) {
      const yearEnd = 12 * k;
      const elapsed = Math.min(period, Math.max(0, yearEnd - grant.grantMonth));
      while (
        vestIndex < grant.vests.length &&
        grant.grantMonth + (grant.vests[vestIndex]?.month ?? Infinity) <= yearEnd
      ) {
        vested += grant.vests[vestIndex]?.fraction ?? 0;
        vestIndex++;
      }
      const cumulative = fairValue * Math.max(elapsed / period, Math.min(1, vested));
      expense[k - 1] = (expense[k - 1] ?? 0) + (cumulative - previous);
      previous = cumulative;
    }
  }
  return expense;
}

/** Employer cost from already computed year rows (shared with the workspace summary). */
export function employerCostFromRows(
  offer: Offer,
  rows: readonly YearBreakdown[],
  finance: FinanceAssumptions,
): EmployerCostYear[] {
  const equityExpense = equityExpenseByYear(offer, finance, rows.length);
  const band = offer.band;
  return rows.map((r, i) => {
    const wages = taxableWages(r);
    const tax = payrollTax(wages, finance);
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
      total: wages + benefits + tax + equity,
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
