import type { CsvCell } from '@/components/csv';
import type { EmployerCostYear, FinanceAssumptions } from '@/domain';
import { costRows } from './costTable';

export interface OfferCost {
  name: string;
  currency: string;
  years: readonly EmployerCostYear[];
}

/**
 * The finance table as CSV rows: a header, then for each offer one row per cost component with
 * the yearly amounts and the horizon total (whole currency units), then the assumptions.
 */
export function financeCsvRows(
  offers: readonly OfferCost[],
  yearCount: number,
  finance: FinanceAssumptions,
): CsvCell[][] {
  const yearHeaders = Array.from({ length: yearCount }, (_, i) => `Year ${i + 1}`);
  const rows: CsvCell[][] = [
    ['Offer', 'Currency', 'Component', ...yearHeaders, `${yearCount}-year total`],
  ];
  for (const offer of offers) {
    for (const row of costRows(offer.years)) {
      rows.push([
        offer.name,
        offer.currency,
        row.label,
        ...row.values.map(Math.round),
        Math.round(row.horizonTotal),
      ]);
    }
  }
  rows.push([]);
  rows.push(['Payroll tax', 'Rate %', 'Wage cap', 'Source']);
  for (const tax of finance.payrollTaxes)
    rows.push([tax.name, tax.ratePct, tax.wageCap ?? '', tax.source]);
  const v = finance.optionValuation;
  rows.push([]);
  rows.push([
    'Option valuation',
    'Volatility %',
    'Risk-free rate %',
    'Expected term (years)',
    'Dividend yield %',
  ]);
  rows.push(['', v.volatilityPct, v.riskFreePct, v.expectedTermYears, v.dividendPct]);
  return rows;
}
