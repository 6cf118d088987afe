/**
 * New York City resident tax (tax.md §4.4), on NY taxable income:
 *   nycTax = brackets(nyTaxable)
 *   schoolTaxCredit = (agi ≤ 250,000 ? fixed[filing] : 0)
 *                   + (nyTaxable ≤ 500,000 ? 0.171% × [0, r) + 0.228% × [r, ∞) of nyTaxable : 0)
 * The credit is refundable: a negative line.
 */
import { bracketFormula, bracketTax } from './brackets';
import { amt, MINUS } from './format';
import { agiOf, type Earners, type RawLine } from './lines';
import { nyTaxableOf } from './newYork';
import type { NycParams, NyParams } from './params';

export function nycSchoolCredit(agi: number, taxable: number, p: NycParams): number {
  const fixed = agi <= p.fixedLimit ? p.fixed : 0;
  const reduction = taxable <= p.reductionLimit ? bracketTax(taxable, p.reduction) : 0;
  return fixed + reduction;
}

/** NYC tax minus the school tax credit, on agi (full precision). */
export function nycNetOf(agi: number, ny: NyParams, p: NycParams): number {
  const taxable = nyTaxableOf(agi, ny);
  return bracketTax(taxable, p.brackets) - nycSchoolCredit(agi, taxable, p);
}

export function nycLines(e: Earners, ny: NyParams, p: NycParams): RawLine[] {
  const f = e.filing;
  const agi = agiOf(e);
  const taxable = nyTaxableOf(agi, ny);
  const fixed = agi <= p.fixedLimit ? p.fixed : 0;
  const reducing = taxable <= p.reductionLimit;
  const reduction = reducing ? bracketTax(taxable, p.reduction) : 0;
  return [
    {
      id: 'nyc.incomeTax',
      label: 'New York City income tax',
      amount: bracketTax(taxable, p.brackets),
      ruleIds: [`US-NYC.brackets.${f}`, `US-NY.standardDeduction.${f}`],
      explain(r) {
        return `nyc.incomeTax = ${bracketFormula(taxable, p.brackets)} = ${r}; NY taxable income ${amt(taxable)}`;
      },
    },
    {
      id: 'nyc.schoolTaxCredit',
      label: 'NYC school tax credit (refundable)',
      amount: -(fixed + reduction),
      ruleIds: [
        `US-NYC.schoolCredit.fixed.${f}`,
        'US-NYC.schoolCredit.fixedAgiLimit',
        `US-NYC.schoolCredit.rateReduction.${f}`,
        'US-NYC.schoolCredit.rateReductionLimit',
      ],
      explain(r) {
        const fixedText =
          fixed > 0
            ? `fixed ${amt(fixed)} (AGI ${amt(agi)} ≤ ${amt(p.fixedLimit)})`
            : `no fixed part (AGI ${amt(agi)} > ${amt(p.fixedLimit)})`;
        const reductionText = reducing
          ? `rate reduction ${bracketFormula(taxable, p.reduction)} = ${amt(reduction)} (taxable ${amt(taxable)} ≤ ${amt(p.reductionLimit)})`
          : `no rate reduction (taxable ${amt(taxable)} > ${amt(p.reductionLimit)})`;
        return `nyc.schoolTaxCredit = ${MINUS}(${fixedText} + ${reductionText}) = ${r}`;
      },
    },
  ];
}
