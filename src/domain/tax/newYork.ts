/**
 * New York State (tax.md §4.4): nyTaxable = max(0, agi − nyStd); main = brackets(nyTaxable);
 * supplemental tax ("tax benefit recapture", Tax Law 601(d-1)):
 *   agi ≤ 107,650: 0;   agi > 25,000,000: nyTaxable × top rate − main
 *   else tier = last recapture row with from ≤ nyTaxable, prev = largest main threshold ≤ nyTaxable,
 *        phase = min(1, (agi − max(prev, 107,650)) / 50,000), supplemental = base + phase × increment
 * PFL = min(0.432% × wages, 411.91) and DBL = min(0.5% × wages, 31.20), per person.
 */
import { bracketFormula, bracketTax, thresholdAtOrBelow, topRatePct } from './brackets';
import { amt, MINUS, num, pct } from './format';
import { agiOf, type Earners, type RawLine } from './lines';
import type { NyParams } from './params';
import type { RecaptureTier } from './types';

export const nyTaxableOf = (agi: number, p: NyParams): number => Math.max(0, agi - p.std);

export interface Recapture {
  amount: number;
  /** "none": AGI at or under the start; "flat": AGI over 25M; "tier": base + phase × increment. */
  kind: 'none' | 'flat' | 'tier';
  tier: RecaptureTier;
  prev: number; // max(largest main threshold ≤ TI, 107,650)
  phase: number;
}

/** The recapture tier whose range holds NY taxable income. */
export function recaptureTier(taxable: number, p: NyParams): RecaptureTier {
  let tier = p.recapture[0] as RecaptureTier;
  for (const t of p.recapture) if (t.from <= taxable) tier = t;
  return tier;
}

export function nyRecapture(agi: number, taxable: number, main: number, p: NyParams): Recapture {
  const tier = recaptureTier(taxable, p);
  if (agi <= p.agiStart) return { amount: 0, kind: 'none', tier, prev: 0, phase: 0 };
  if (agi > p.flatAgi)
    return {
      amount: (taxable * topRatePct(p.brackets)) / 100 - main,
      kind: 'flat',
      tier,
      prev: 0,
      phase: 1,
    };
  const prev = Math.max(thresholdAtOrBelow(taxable, p.brackets), p.agiStart);
  const phase = Math.min(1, Math.max(0, (agi - prev) / p.phaseIn));
  return { amount: tier.base + phase * tier.increment, kind: 'tier', tier, prev, phase };
}

function recaptureFormula(agi: number, taxable: number, r: Recapture, p: NyParams): string {
  if (r.kind === 'none') return `0 (AGI ${amt(agi)} ≤ ${amt(p.agiStart)})`;
  if (r.kind === 'flat')
    return `${pct(topRatePct(p.brackets))} × ${amt(taxable)} ${MINUS} main (AGI over ${amt(p.flatAgi)})`;
  return `${amt(r.tier.base)} + min(1, (${amt(agi)} ${MINUS} ${amt(r.prev)}) / ${amt(p.phaseIn)}) = ${num(r.phase)} × ${amt(r.tier.increment)}`;
}

/** NY State income tax on agi (full precision). */
export function nyIncomeTax(agi: number, p: NyParams): number {
  const taxable = nyTaxableOf(agi, p);
  const main = bracketTax(taxable, p.brackets);
  return main + nyRecapture(agi, taxable, main, p).amount;
}

export const perPerson = (e: Earners, ratePct: number, max: number) =>
  Math.min((ratePct * e.own) / 100, max) + Math.min((ratePct * e.spouse) / 100, max);

function perPersonOne(w: number, ratePct: number, max: number): string {
  return `min(${pct(ratePct)} × ${amt(w)}, ${amt(max)})`;
}

function perPersonFormula(e: Earners, ratePct: number, max: number): string {
  const own = perPersonOne(e.own, ratePct, max);
  return e.spouse > 0 ? `${own} + ${perPersonOne(e.spouse, ratePct, max)}` : own;
}

export function nyIncomeTaxLine(e: Earners, p: NyParams): RawLine {
  const f = e.filing;
  const agi = agiOf(e);
  const taxable = nyTaxableOf(agi, p);
  const main = bracketTax(taxable, p.brackets);
  const rec = nyRecapture(agi, taxable, main, p);
  return {
    id: 'ny.incomeTax',
    label: 'New York State income tax',
    amount: main + rec.amount,
    ruleIds: [
      `US-NY.standardDeduction.${f}`,
      `US-NY.brackets.${f}`,
      `US-NY.recapture.${f}`,
      'US-NY.recapture.agiStart',
      'US-NY.recapture.phaseIn',
      'US-NY.recapture.flatAgi',
    ],
    explain(r) {
      return `ny.incomeTax = ${bracketFormula(taxable, p.brackets)} = ${amt(main)} + recapture ${recaptureFormula(agi, taxable, rec, p)} = ${amt(rec.amount)} → ${r}; taxable ${amt(taxable)} = max(0, ${amt(agi)} ${MINUS} ${amt(p.std)})`;
    },
  };
}

export function nyPayrollLines(e: Earners, p: NyParams): RawLine[] {
  return [
    {
      id: 'ny.pfl',
      label: 'NY Paid Family Leave',
      amount: perPerson(e, p.pflRate, p.pflMax),
      ruleIds: ['US-NY.pfl.rate', 'US-NY.pfl.max'],
      explain(r) {
        return `ny.pfl = ${perPersonFormula(e, p.pflRate, p.pflMax)} = ${r}`;
      },
    },
    {
      id: 'ny.dbl',
      label: 'NY disability benefits (DBL)',
      amount: perPerson(e, p.dblRate, p.dblMax),
      ruleIds: ['US-NY.dbl.rate', 'US-NY.dbl.max'],
      explain(r) {
        return `ny.dbl = ${perPersonFormula(e, p.dblRate, p.dblMax)} = ${r}`;
      },
    },
  ];
}
