import {
  payrollTaxLines as enginePayrollTaxLines,
  taxableWages,
  unitFairValue,
  type EmployerCostYear,
  type FinanceAssumptions,
  type Offer,
} from '@/domain';
import { formatMoney, formatNumber, roundMoney, sumRounded } from '@/components/format';

/**
 * "Where does this come from?" texts: the engine's own breakdown (per-tax lines, unit fair
 * value) written out with the numbers filled in (DESIGN.md, Employer cost).
 */

/** Re-exported so the views take wages from the engine too. */
export { taxableWages };

/** A per-share price needs its cents ($10.13), unlike the totals. */
const perShare = (value: number, currency: string) => formatMoney(value, currency, { cents: true });

export interface PayrollTaxText {
  name: string;
  amount: number;
  /** e.g. "Social Security (OASDI) 6.2% × min($310,000, $184,500) = $11,439" */
  text: string;
}

/** The engine's per-tax breakdown of a year's payroll tax, with the numbers written out. */
export function payrollTaxLines(
  year: EmployerCostYear,
  finance: FinanceAssumptions,
  currency: string,
): PayrollTaxText[] {
  const wages = taxableWages(year);
  const money = (v: number) => formatMoney(v, currency);
  return enginePayrollTaxLines(wages, finance).map((line) => {
    const wagesText =
      line.wageCap === undefined ? money(wages) : `min(${money(wages)}, ${money(line.wageCap)})`;
    return {
      name: line.name,
      amount: line.amount,
      text: `${line.name} ${formatNumber(line.ratePct, 3)}% × ${wagesText} = ${money(roundMoney(line.amount))}`,
    };
  });
}

/**
 * The sum line under the per-tax lines: the taxes as shown, then the year's payroll tax as the
 * table shows it (rounded once); when the rounded lines miss it by a unit, the text says so.
 */
export function payrollTaxSum(
  year: EmployerCostYear,
  finance: FinanceAssumptions,
  currency: string,
): string {
  const lines = payrollTaxLines(year, finance, currency);
  const shown = roundMoney(year.payrollTax);
  const money = (v: number) => formatMoney(v, currency);
  if (lines.length === 0) return `Payroll taxes = ${money(0)} (no payroll taxes)`;
  const rounded = sumRounded(lines.map((l) => l.amount)) === shown ? '' : ' (lines are rounded)';
  return `Payroll taxes = ${lines.map((l) => money(roundMoney(l.amount))).join(' + ')} = ${money(shown)}${rounded}`;
}

/** The formula behind a payroll-tax cell: the wages, one line per tax, and their sum. */
export function payrollTaxFormula(
  year: EmployerCostYear,
  finance: FinanceAssumptions,
  currency: string,
): string {
  const lines = payrollTaxLines(year, finance, currency).map((l) => l.text);
  return [
    `Taxable wages ${formatMoney(roundMoney(taxableWages(year)), currency)} (base + bonus + sign-on + relocation)`,
    ...lines,
    payrollTaxSum(year, finance, currency),
  ].join('\n');
}

/** The formula behind a yearly total: the shown components added up. */
export function costTotalFormula(shown: EmployerCostYear, currency: string): string {
  const m = (v: number) => formatMoney(v, currency);
  return (
    'Total = base + bonus + sign-on + relocation + benefits + payroll taxes + equity expense = ' +
    `${[shown.base, shown.bonus, shown.signOn, shown.relocation, shown.benefits, shown.payrollTax, shown.equityExpense].map(m).join(' + ')} = ${m(shown.total)}`
  );
}

/** How the equity expense is built: grant-date fair value, then the straight-line rule. */
export function equityExpenseExplanation(offer: Offer, finance: FinanceAssumptions): string[] {
  const { equity } = offer;
  const money = (v: number) => formatMoney(v, offer.currency);
  if (equity.type === 'none' || equity.shares === 0) {
    const refresh = equity.refresh.value > 0 ? refreshText(offer) : null;
    return refresh ? ['No initial grant.', refresh] : ['No equity grant: no equity expense.'];
  }
  const lines: string[] = [];
  if (equity.type === 'rsu') {
    lines.push(
      `Grant-date fair value: ${formatNumber(equity.shares)} shares × ${formatMoney(equity.sharePrice, offer.currency)} = ${money(equity.shares * equity.sharePrice)}.`,
    );
  } else {
    const { volatilityPct, riskFreePct, expectedTermYears, dividendPct } = finance.optionValuation;
    const perOption = unitFairValue(equity.sharePrice, equity.strikePrice, true, finance);
    lines.push(
      `Grant-date fair value: ${formatNumber(equity.shares)} options × ${perShare(perOption, offer.currency)} Black–Scholes value ` +
        `(share price ${money(equity.sharePrice)}, strike ${money(equity.strikePrice)}, volatility ${formatNumber(volatilityPct, 2)}%, ` +
        `risk-free rate ${formatNumber(riskFreePct, 2)}%, expected term ${formatNumber(expectedTermYears, 2)} years, dividend yield ${formatNumber(dividendPct, 2)}%) ` +
        `= ${money(equity.shares * perOption)}.`,
    );
  }
  lines.push(
    `Recognized straight-line over the ${equity.vesting.years}-year vesting period, by the months of vesting that fall in each year; ` +
      'by each year end the cumulative expense is at least the fair value of the portion vested by then (front-loaded schedules).',
  );
  if (equity.refresh.value > 0) lines.push(refreshText(offer));
  return lines;
}

function refreshText(offer: Offer): string {
  const { refresh } = offer.equity;
  return `Refresh grants of ${formatMoney(refresh.value, offer.currency)} each year from year ${refresh.startYear} are expensed the same way from their grant month.`;
}
