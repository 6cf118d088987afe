/** The rules one jurisdiction and filing status read for a tax year (for "the rules used" lists). */
import { checkFiling, checkJurisdiction, RuleSets } from './inputs';
import type { Rule, TaxRules } from './schema';
import type { FilingStatus, JurisdictionId } from './types';

export function taxRulesUsed(
  year: number,
  jurisdiction: JurisdictionId,
  filing: FilingStatus,
  rules: Record<number, TaxRules>,
): Rule[] {
  checkJurisdiction(jurisdiction);
  checkFiling(filing);
  const seen = new Set<string>();
  return new RuleSets(rules, jurisdiction, filing)
    .forYear(year)
    .used.filter((r) => !seen.has(r.id) && (seen.add(r.id), true));
}
