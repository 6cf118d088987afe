import { calendarMonth, monthlyPay } from '../money/monthlyPay';
import type { FinanceAssumptions } from '../schemas/finance';
import type { Offer } from '../schemas/offer';
import type { YearBreakdown } from '../types';

/** One payroll tax applied to one year's wages. */
export interface PayrollTaxLine {
  name: string;
  ratePct: number;
  wageCap?: number;
  taxedWages: number; // min(wages, wageCap); with a startDate, the wages taxed under each calendar year's cap
  amount: number; // ratePct/100 × taxedWages
}

/** The wage parts of a year row; equityWages (public RSU vests) is 0 when absent. */
export type WageParts = Pick<YearBreakdown, 'base' | 'bonus' | 'signOn' | 'relocation'> & {
  equityWages?: number;
};

/**
 * Taxable wages in a year: base + bonus + sign-on + relocation + the paper value of public-company
 * RSU vests (DESIGN.md: an RSU vest is wages for Social Security, Medicare and FUTA).
 */
export const taxableWages = (r: WageParts): number =>
  r.base + r.bonus + r.signOn + r.relocation + (r.equityWages ?? 0);

/**
 * Paper value of the year's vests that payroll treats as wages: public RSUs (refreshes included).
 * Private RSUs (double-trigger) and options add nothing until liquidity or exercise.
 */
export function equityWagesOf(offer: Offer, row: Pick<YearBreakdown, 'equityPaper'>): number {
  const eq = offer.equity;
  return eq.type === 'rsu' && eq.liquidity === 'public' ? row.equityPaper : 0;
}

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

/**
 * Payroll tax lines per employment year 1..years. Without a startDate, employment years are
 * calendar years: each year's wages against each cap. With one, month by month (DESIGN.md): each
 * month's wages (salary/12, sign-on and relocation in month 1, bonus in month 12, public RSU vests
 * in their month) are taxed at rate × the part still under the cap of that month's calendar year.
 */
export function payrollTaxLinesByYear(
  offer: Offer,
  wagesByYear: readonly number[],
  finance: FinanceAssumptions,
): PayrollTaxLine[][] {
  const start = offer.startDate;
  if (!start) return wagesByYear.map((w) => payrollTaxLines(w, finance));
  const years = wagesByYear.length;
  const publicRsu = offer.equity.type === 'rsu' && offer.equity.liquidity === 'public';
  const months = monthlyPay(offer, years);
  const taxes = finance.payrollTaxes;
  const taxed = Array.from({ length: years }, () => new Array<number>(taxes.length).fill(0));
  const usedInCalendarYear = new Array<number>(taxes.length).fill(0); // wages already under each cap
  let calendarYear = calendarMonth(start, 1).year;
  for (const pay of months) {
    const { year } = calendarMonth(start, pay.month);
    if (year !== calendarYear) {
      calendarYear = year;
      usedInCalendarYear.fill(0); // caps restart each January
    }
    const wages =
      pay.salary + pay.bonus + pay.signOn + pay.relocation + (publicRsu ? pay.rsuVestPaper : 0);
    const row = taxed[Math.ceil(pay.month / 12) - 1];
    if (!row) continue;
    taxes.forEach((t, i) => {
      const used = usedInCalendarYear[i] ?? 0;
      const room = Math.max(0, (t.wageCap ?? Infinity) - used);
      const part = Math.min(wages, room);
      usedInCalendarYear[i] = used + part;
      row[i] = (row[i] ?? 0) + part;
    });
  }
  return taxed.map((row) =>
    taxes.map((t, i) => {
      const taxedWages = row[i] ?? 0;
      return {
        name: t.name,
        ratePct: t.ratePct,
        wageCap: t.wageCap,
        taxedWages,
        amount: (t.ratePct / 100) * taxedWages,
      };
    }),
  );
}
