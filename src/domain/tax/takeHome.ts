/**
 * takeHome (tax.md §2): per tax year, every tax line with its formula (rounded half-up to cents per
 * line), totalTax = Σ rounded lines, net = gross − totalTax, effective and marginal rates, the
 * rule set used and the warnings. Pure: the tax year comes from the input alone.
 */
import { earnersOf, rawLines } from './compute';
import { amt } from './format';
import { checkFiling, checkJurisdiction, parseYears, RuleSets } from './inputs';
import { DEFAULT_MARGINAL_DELTA, marginalWith } from './marginal';
import { roundCents } from './round';
import type { ParsedTaxYearWages, TaxRules, TaxYearWages } from './schema';
import {
  jurisdictionCurrency,
  type FilingStatus,
  type JurisdictionId,
  type TakeHomeYear,
  type TaxLine,
} from './types';
import { yearWarnings } from './warnings';

/** gross − totalTax, exact to the cent when gross is (no 180,242.78999… from binary noise). */
function netOf(gross: number, totalTax: number): number {
  const grossCents = Math.round(gross * 100);
  return (grossCents - Math.round(totalTax * 100)) / 100 + (gross - grossCents / 100);
}

export function takeHome(
  wagesByYear: TaxYearWages[],
  jurisdiction: JurisdictionId,
  filing: FilingStatus,
  rules: Record<number, TaxRules>,
): TakeHomeYear[] {
  checkJurisdiction(jurisdiction);
  checkFiling(filing);
  const years = parseYears(wagesByYear, filing);
  const sets = new RuleSets(rules, jurisdiction, filing);
  const currency = jurisdictionCurrency(jurisdiction);
  const out: TakeHomeYear[] = [];
  for (let i = 0; i < years.length; i++) {
    const w = years[i] as ParsedTaxYearWages;
    const c = sets.forYear(w.year);
    const e = earnersOf(w, jurisdiction, filing);
    const lines: TaxLine[] = [];
    let totalCents = 0; // Σ rounded lines, in whole cents (no drift)
    for (const raw of rawLines(e, c)) {
      const amount = roundCents(raw.amount);
      totalCents += Math.round(amount * 100);
      lines.push({
        id: raw.id,
        label: raw.label,
        amount,
        formula: raw.explain(amt(amount)),
        ruleIds: raw.ruleIds,
      });
    }
    const gross = e.own + e.spouse;
    const totalTax = totalCents / 100;
    out.push({
      year: w.year,
      jurisdiction,
      currency,
      gross,
      lines,
      totalTax,
      net: netOf(gross, totalTax),
      effectiveRatePct: gross > 0 ? (100 * totalTax) / gross : 0,
      marginalRatePct: 100 * marginalWith(c, e, DEFAULT_MARGINAL_DELTA),
      rulesYear: c.setYear,
      warnings: yearWarnings({ w, e, c, lines, currency }, w.year, i === 0),
    });
  }
  return out;
}
