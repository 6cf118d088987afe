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
  explain: string;
}

/** The recapture tier whose range holds NY taxable income. */
export function recaptureTier(taxable: number, p: NyParams): RecaptureTier {
  let tier = p.recapture[0] as RecaptureTier;
  for (const t of p.recapture) if (t.from <= taxable) tier = t;
  return tier;
}

export function nyRecapture(agi: number, taxable: number, main: number, p: NyParams): Recapture {
  if (agi <= p.agiStart) return { amount: 0, explain: `0 (AGI ${amt(agi)} ≤ ${amt(p.agiStart)})` };
  if (agi > p.flatAgi) {
    const top = topRatePct(p.brackets);
    const amount = (taxable * top) / 100 - main;
    return {
      amount,
      explain: `${pct(top)} × ${amt(taxable)} ${MINUS} main (AGI over ${amt(p.flatAgi)})`,
    };
  }
  const tier = recaptureTier(taxable, p);
  const prev = Math.max(thresholdAtOrBelow(taxable, p.brackets), p.agiStart);
  const phase = Math.min(1, Math.max(0, (agi - prev) / p.phaseIn));
  return {
    amount: tier.base + phase * tier.increment,
    explain: `${amt(tier.base)} + min(1, (${amt(agi)} ${MINUS} ${amt(prev)}) / ${amt(p.phaseIn)}) = ${num(phase)} × ${amt(tier.increment)}`,
  };
}

/** NY State income tax on agi (full precision). */
export function nyIncomeTax(agi: number, p: NyParams): number {
  const taxable = nyTaxableOf(agi, p);
  const main = bracketTax(taxable, p.brackets);
  return main + nyRecapture(agi, taxable, main, p).amount;
}

const perPerson = (e: Earners, ratePct: number, max: number) =>
  Math.min((ratePct * e.own) / 100, max) + Math.min((ratePct * e.spouse) / 100, max);

const perPersonFormula = (e: Earners, ratePct: number, max: number) => {
  const one = (w: number) => `min(${pct(ratePct)} × ${amt(w)}, ${amt(max)})`;
  return e.spouse > 0 ? `${one(e.own)} + ${one(e.spouse)}` : one(e.own);
};

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
    explain: (r) =>
      `ny.incomeTax = ${bracketFormula(taxable, p.brackets)} = ${amt(main)} + recapture ${rec.explain} = ${amt(rec.amount)} → ${r}; taxable ${amt(taxable)} = max(0, ${amt(agi)} ${MINUS} ${amt(p.std)})`,
  };
}

export function nyPayrollLines(e: Earners, p: NyParams): RawLine[] {
  return [
    {
      id: 'ny.pfl',
      label: 'NY Paid Family Leave',
      amount: perPerson(e, p.pflRate, p.pflMax),
      ruleIds: ['US-NY.pfl.rate', 'US-NY.pfl.max'],
      explain: (r) => `ny.pfl = ${perPersonFormula(e, p.pflRate, p.pflMax)} = ${r}`,
    },
    {
      id: 'ny.dbl',
      label: 'NY disability benefits (DBL)',
      amount: perPerson(e, p.dblRate, p.dblMax),
      ruleIds: ['US-NY.dbl.rate', 'US-NY.dbl.max'],
      explain: (r) => `ny.dbl = ${perPersonFormula(e, p.dblRate, p.dblMax)} = ${r}`,
    },
  ];
}
