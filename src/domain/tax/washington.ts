/**
 * Washington (tax.md §4.6): no income tax on wages.
 *   waCares = 0.58% × wages (each person, no cap)
 *   pfml    = 1.13% × (1 − 28.57%) × Σ_person min(wages_p, Social Security base)
 */
import { capped, cappedFormula, wagesFormula } from './fica';
import { pct } from './format';
import { agiOf, type Earners, type RawLine } from './lines';
import type { FederalParams, WaParams } from './params';

export const waCaresOf = (e: Earners, p: WaParams): number => (p.cares * agiOf(e)) / 100;
export const waPfmlOf = (e: Earners, p: WaParams, fed: FederalParams): number =>
  ((p.pfmlRate * (1 - p.employerShare / 100)) / 100) * capped(e, fed.ssBase);

export function washingtonLines(e: Earners, p: WaParams, fed: FederalParams): RawLine[] {
  const employeeShare = 1 - p.employerShare / 100;
  return [
    {
      id: 'wa.waCares',
      label: 'WA Cares (long-term care)',
      amount: waCaresOf(e, p),
      ruleIds: ['US-WA.waCares'],
      explain(r) {
        return `wa.waCares = ${pct(p.cares)} × ${wagesFormula(e)} = ${r}`;
      },
    },
    {
      id: 'wa.pfml',
      label: 'Washington PFML',
      amount: waPfmlOf(e, p, fed),
      ruleIds: ['US-WA.pfml.rate', 'US-WA.pfml.employerShare', 'US.ss.wageBase'],
      explain(r) {
        return `wa.pfml = ${pct(p.pfmlRate)} × (1 − ${pct(p.employerShare)}) = ${pct(p.pfmlRate * employeeShare)} × ${cappedFormula(e, fed.ssBase)} = ${r}`;
      },
    },
  ];
}
