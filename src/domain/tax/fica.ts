/**
 * US employee FICA (tax.md §4.2), a liability per person (not withholding):
 *   socialSecurity     = 6.2%  × Σ_person min(wages_p, 184,500)
 *   medicare           = 1.45% × Σ_person wages_p
 *   additionalMedicare = 0.9%  × max(0, Σ_person wages_p − threshold[filing])
 */
import { amt, MINUS, pct } from './format';
import { agiOf, type Earners, type RawLine } from './lines';
import type { FederalParams } from './params';

/** min(w, cap) of each earner, as "min(300,000, 184,500) + min(100,000, 184,500)". */
export function cappedFormula(e: Earners, cap: number): string {
  return e.spouse > 0
    ? `(${cappedOne(e.own, cap)} + ${cappedOne(e.spouse, cap)})`
    : cappedOne(e.own, cap);
}

function cappedOne(w: number, cap: number): string {
  return `min(${amt(w)}, ${amt(cap)})`;
}

export const capped = (e: Earners, cap: number): number =>
  Math.min(e.own, cap) + Math.min(e.spouse, cap);

export const wagesFormula = (e: Earners): string =>
  e.spouse > 0 ? `(${amt(e.own)} + ${amt(e.spouse)})` : amt(e.own);

/** Employee Social Security + Medicare of one person (for the MA deduction). */
export const personFica = (wages: number, p: FederalParams): number =>
  (p.ssRate * Math.min(wages, p.ssBase)) / 100 + (p.medicareRate * wages) / 100;

export const socialSecurityOf = (e: Earners, p: FederalParams): number =>
  (p.ssRate * capped(e, p.ssBase)) / 100;
export const medicareOf = (e: Earners, p: FederalParams): number =>
  (p.medicareRate * agiOf(e)) / 100;
export const additionalMedicareOf = (e: Earners, p: FederalParams): number =>
  (p.addlRate * Math.max(0, agiOf(e) - p.addlThreshold)) / 100;

export function ficaLines(e: Earners, p: FederalParams): RawLine[] {
  const total = agiOf(e);
  return [
    {
      id: 'us.socialSecurity',
      label: 'Social Security (employee)',
      amount: socialSecurityOf(e, p),
      ruleIds: ['US.ss.rate', 'US.ss.wageBase'],
      explain(r) {
        return `us.socialSecurity = ${pct(p.ssRate)} × ${cappedFormula(e, p.ssBase)} = ${r}`;
      },
    },
    {
      id: 'us.medicare',
      label: 'Medicare (employee)',
      amount: medicareOf(e, p),
      ruleIds: ['US.medicare.rate'],
      explain(r) {
        return `us.medicare = ${pct(p.medicareRate)} × ${wagesFormula(e)} = ${r}`;
      },
    },
    {
      id: 'us.additionalMedicare',
      label: 'Additional Medicare tax',
      amount: additionalMedicareOf(e, p),
      ruleIds: ['US.additionalMedicare.rate', `US.additionalMedicare.threshold.${e.filing}`],
      explain(r) {
        return `us.additionalMedicare = ${pct(p.addlRate)} × max(0, ${amt(total)} ${MINUS} ${amt(p.addlThreshold)}) = ${r}`;
      },
    },
  ];
}
