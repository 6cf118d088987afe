import type { CsvCell } from '@/components/csv';
import { roundMoney } from '@/components/format';
import type { Band, EmployerCostYear, FinanceAssumptions } from '@/domain';
import { assumptionSource, assumptionSourceLabel } from './assumptionSource';
import { bandPosition } from './bandPosition';
import { costRows } from './costTable';

export interface OfferCost {
  name: string;
  currency: string;
  years: readonly EmployerCostYear[];
  /** The offer's salary band, for the band rows (compa-ratio and range position). */
  band?: Band;
}

const BAND_WORDS = { above: 'Above band max', below: 'Below band min', within: 'Within band' };

/** Band, year-1 base, compa-ratio (2 decimals) and position in range (whole %) as the view shows. */
function bandRows(offers: readonly OfferCost[]): CsvCell[][] {
  const rows: CsvCell[][] = [
    [
      'Salary band',
      'Currency',
      'Band min',
      'Band mid',
      'Band max',
      'Year-1 base',
      'Compa-ratio',
      'Position in range %',
      'Position',
    ],
  ];
  for (const offer of offers) {
    const p = bandPosition(offer.band, offer.years[0]);
    if (!p) {
      rows.push([offer.name, offer.currency, '', '', '', '', '', '', 'No band']);
      continue;
    }
    rows.push([
      offer.name,
      offer.currency,
      roundMoney(p.band.min),
      roundMoney(p.band.mid),
      roundMoney(p.band.max),
      roundMoney(p.base),
      Number(p.compaRatio.toFixed(2)),
      Math.round(p.rangePosition * 100),
      p.status === 'within'
        ? BAND_WORDS.within
        : `${BAND_WORDS[p.status]} by ${roundMoney(p.outsideBy)}`,
    ]);
  }
  return rows;
}

/**
 * The finance table as CSV rows: a header, then for each offer one row per cost component with
 * the yearly amounts and the horizon total, exactly as the table shows them (whole currency units,
 * totals the sums of the shown amounts), then the bands and the assumptions (an edited payroll tax
 * marked as the user's own, with the published source it was based on).
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
    for (const row of costRows(offer.years))
      rows.push([offer.name, offer.currency, row.label, ...row.values, row.horizonTotal]);
  }
  rows.push([]);
  rows.push(...bandRows(offers));
  rows.push([]);
  rows.push(['Payroll tax', 'Rate %', 'Wage cap', 'Source', 'Edited by you']);
  for (const tax of finance.payrollTaxes)
    rows.push([
      tax.name,
      tax.ratePct,
      tax.wageCap === undefined ? '' : roundMoney(tax.wageCap),
      assumptionSourceLabel(tax),
      assumptionSource(tax).edited ? 'Yes' : 'No',
    ]);
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
