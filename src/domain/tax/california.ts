/**
 * California (tax.md §4.3):
 *   caTaxable   = max(0, agi − caStd[filing])
 *   exemption   = n[filing] × max(0, 153 − 6 × ceil(max(0, agi − phaseStart[filing]) / 2,500))
 *   mhst        = 1% × max(0, caTaxable − 1,000,000)
 *   caIncomeTax = max(0, brackets(caTaxable) − exemption) + mhst
 *   sdi         = 1.3% × wages (each person; no cap)
 */
import { bracketFormula, bracketTax } from './brackets';
import { wagesFormula } from './fica';
import { amt, MINUS, pct } from './format';
import { agiOf, type Earners, type RawLine } from './lines';
import type { CaParams } from './params';

export function caExemptionCredit(agi: number, p: CaParams): number {
  const steps = Math.ceil(Math.max(0, agi - p.phaseStart) / p.step);
  return p.credits * Math.max(0, p.credit - p.reduction * steps);
}

/** CA income tax on agi: max(0, brackets(TI) − exemption credit) + MHST. */
export function caIncomeTaxOf(agi: number, p: CaParams): number {
  const taxable = Math.max(0, agi - p.std);
  const mhst = (p.mhstRate * Math.max(0, taxable - p.mhstThreshold)) / 100;
  return Math.max(0, bracketTax(taxable, p.brackets) - caExemptionCredit(agi, p)) + mhst;
}

export function californiaLines(e: Earners, p: CaParams): RawLine[] {
  const f = e.filing;
  const agi = agiOf(e);
  const taxable = Math.max(0, agi - p.std);
  const beforeCredit = bracketTax(taxable, p.brackets);
  const credit = caExemptionCredit(agi, p);
  const steps = Math.ceil(Math.max(0, agi - p.phaseStart) / p.step);
  return [
    {
      id: 'ca.incomeTax',
      label: 'California income tax',
      amount: caIncomeTaxOf(agi, p),
      ruleIds: [
        `US-CA.standardDeduction.${f}`,
        `US-CA.brackets.${f}`,
        'US-CA.exemptionCredit',
        `US-CA.exemptionPhaseOut.start.${f}`,
        'US-CA.exemptionPhaseOut.reduction',
        'US-CA.exemptionPhaseOut.step',
        'US-CA.mhst.rate',
        'US-CA.mhst.threshold',
      ],
      explain(r) {
        return `ca.incomeTax = max(0, ${bracketFormula(taxable, p.brackets)} = ${amt(beforeCredit)} ${MINUS} exemption credit ${amt(credit)}) + MHST ${pct(p.mhstRate)} × max(0, ${amt(taxable)} ${MINUS} ${amt(p.mhstThreshold)}) = ${r}; taxable ${amt(taxable)} = max(0, ${amt(agi)} ${MINUS} ${amt(p.std)}); credit ${p.credits} × max(0, ${amt(p.credit)} ${MINUS} ${amt(p.reduction)} × ${steps} steps of ${amt(p.step)} over ${amt(p.phaseStart)})`;
      },
    },
    {
      id: 'ca.sdi',
      label: 'California SDI',
      amount: (p.sdi * agi) / 100,
      ruleIds: ['US-CA.sdi'],
      explain(r) {
        return `ca.sdi = ${pct(p.sdi)} × ${wagesFormula(e)} = ${r}`;
      },
    },
  ];
}
