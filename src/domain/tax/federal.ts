/**
 * US federal income tax (tax.md §4.1): taxable = max(0, wages + spouseWages − standard deduction),
 * tax = the bracket schedule of the filing status. No AGI adjustments (pre-tax deductions are out
 * of scope).
 */
import { bracketFormula, bracketTax } from './brackets';
import { amt, MINUS } from './format';
import { agiOf, type Earners, type RawLine } from './lines';
import type { FederalParams } from './params';

export const federalTaxable = (agi: number, p: FederalParams): number => Math.max(0, agi - p.std);

/** Federal income tax on `agi` of wages (full precision). */
export const federalTaxOn = (agi: number, p: FederalParams): number =>
  bracketTax(federalTaxable(agi, p), p.brackets);

export function federalLines(e: Earners, p: FederalParams): RawLine[] {
  const agi = agiOf(e);
  const taxable = federalTaxable(agi, p);
  return [
    {
      id: 'us.federalIncomeTax',
      label: 'Federal income tax',
      amount: bracketTax(taxable, p.brackets),
      ruleIds: [`US.standardDeduction.${e.filing}`, `US.brackets.${e.filing}`],
      explain(total) {
        return `us.federalIncomeTax = ${bracketFormula(taxable, p.brackets)} = ${total}; taxable ${amt(taxable)} = max(0, ${amt(agi)} ${MINUS} ${amt(p.std)} standard deduction)`;
      },
    },
  ];
}
