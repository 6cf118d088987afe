/**
 * Massachusetts (tax.md §4.5):
 *   ficaDeduction = Σ_person min(2,000, socialSecurity_p + medicare_p)
 *   maTaxable     = max(0, wages − ficaDeduction − exemption[filing])
 *   maIncomeTax   = 5% × maTaxable;  surtax = 4% × max(0, maTaxable − 1,083,150) (not doubled for mfj)
 *   pfml          = 0.46% × Σ_person min(wages_p, Social Security base)
 */
import { capped, cappedFormula, personFica } from './fica';
import { amt, MINUS, pct } from './format';
import { agiOf, type Earners, type RawLine } from './lines';
import type { FederalParams, MaParams } from './params';

export function maTaxableOf(e: Earners, p: MaParams, fed: FederalParams): number {
  const ficaDeduction =
    Math.min(p.ficaMax, personFica(e.own, fed)) +
    (e.spouse > 0 ? Math.min(p.ficaMax, personFica(e.spouse, fed)) : 0);
  return Math.max(0, agiOf(e) - ficaDeduction - p.exemption);
}

export function maAmounts(e: Earners, p: MaParams, fed: FederalParams): number {
  const taxable = maTaxableOf(e, p, fed);
  return (
    (p.rate * taxable) / 100 +
    (p.surtaxRate * Math.max(0, taxable - p.surtaxThreshold)) / 100 +
    (p.pfml * capped(e, fed.ssBase)) / 100
  );
}

export function massachusettsLines(e: Earners, p: MaParams, fed: FederalParams): RawLine[] {
  const f = e.filing;
  const agi = agiOf(e);
  const ficaOwn = Math.min(p.ficaMax, personFica(e.own, fed));
  const ficaSpouse = e.spouse > 0 ? Math.min(p.ficaMax, personFica(e.spouse, fed)) : 0;
  const taxable = maTaxableOf(e, p, fed);
  const base = [`US-MA.exemption.${f}`, 'US-MA.ficaDeductionMax', 'US.ss.rate', 'US.medicare.rate'];
  const taxableText = `taxable ${amt(taxable)} = max(0, ${amt(agi)} ${MINUS} FICA deduction ${amt(ficaOwn + ficaSpouse)} ${MINUS} exemption ${amt(p.exemption)})`;
  return [
    {
      id: 'ma.incomeTax',
      label: 'Massachusetts income tax',
      amount: (p.rate * taxable) / 100,
      ruleIds: ['US-MA.rate', ...base],
      explain(r) {
        return `ma.incomeTax = ${pct(p.rate)} × ${amt(taxable)} = ${r}; ${taxableText}`;
      },
    },
    {
      id: 'ma.surtax',
      label: 'Massachusetts 4% surtax',
      amount: (p.surtaxRate * Math.max(0, taxable - p.surtaxThreshold)) / 100,
      ruleIds: ['US-MA.surtax.rate', 'US-MA.surtax.threshold', ...base],
      explain(r) {
        return `ma.surtax = ${pct(p.surtaxRate)} × max(0, ${amt(taxable)} ${MINUS} ${amt(p.surtaxThreshold)}) = ${r}`;
      },
    },
    {
      id: 'ma.pfml',
      label: 'Massachusetts PFML',
      amount: (p.pfml * capped(e, fed.ssBase)) / 100,
      ruleIds: ['US-MA.pfml', 'US.ss.wageBase'],
      explain(r) {
        return `ma.pfml = ${pct(p.pfml)} × ${cappedFormula(e, fed.ssBase)} = ${r}`;
      },
    },
  ];
}
