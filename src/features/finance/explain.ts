import {
  blackScholesCall,
  type EmployerCostYear,
  type FinanceAssumptions,
  type Offer,
  type PayrollTax,
} from '@/domain';
import { formatMoney, formatNumber } from '@/components/format';

/**
 * "Where does this come from?" texts. They restate the engine's documented rules with the
 * numbers filled in (DESIGN.md, Employer cost); the figures in the table are the engine's own.
 */

/** A per-share price needs its cents ($10.13), unlike the totals. */
const perShare = (value: number, currency: string) =>
  new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);

export interface PayrollTaxLine {
  name: string;
  amount: number;
  /** e.g. "Social Security (OASDI) 6.2% × min($310,000, $184,500) = $11,439" */
  text: string;
}

/** Taxable wages in a year: base + bonus + sign-on + relocation. */
export const taxableWages = (y: EmployerCostYear) => y.base + y.bonus + y.signOn + y.relocation;

export function payrollTaxLines(
  year: EmployerCostYear,
  taxes: readonly PayrollTax[],
  currency: string,
): PayrollTaxLine[] {
  const wages = taxableWages(year);
  const money = (v: number) => formatMoney(v, currency);
  return taxes.map((tax) => {
    const taxed = tax.wageCap === undefined ? wages : Math.min(wages, tax.wageCap);
    const amount = (tax.ratePct / 100) * taxed;
    const wagesText =
      tax.wageCap === undefined ? money(wages) : `min(${money(wages)}, ${money(tax.wageCap)})`;
    return {
      name: tax.name,
      amount,
      text: `${tax.name} ${formatNumber(tax.ratePct, 3)}% × ${wagesText} = ${money(amount)}`,
    };
  });
}

/** Title text for a payroll-tax cell: one line per tax. */
export function payrollTaxTitle(
  year: EmployerCostYear,
  taxes: readonly PayrollTax[],
  currency: string,
): string {
  const lines = payrollTaxLines(year, taxes, currency).map((l) => l.text);
  return [
    `Taxable wages ${formatMoney(taxableWages(year), currency)} (base + bonus + sign-on + relocation)`,
    ...lines,
  ].join('\n');
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
    const perOption = blackScholesCall({
      price: equity.sharePrice,
      strike: equity.strikePrice,
      years: expectedTermYears,
      volatilityPct,
      riskFreePct,
      dividendPct,
    });
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
