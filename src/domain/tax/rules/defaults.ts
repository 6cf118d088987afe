/**
 * The bundled rule sets (tax.md §2, §4): 2026, the current one, and 2025, which exists so 2025
 * income-tax cases can be reproduced. A 2025 rule the spec does not list takes its 2026 value,
 * labeled `held` with the note "2026 value".
 */
import type { Rule, TaxRules } from '../schema';
import { caBracketsMfj, caBracketsSingle, california2026 } from './california2026';
import { FEDERAL_MFJ_2025, FEDERAL_SINGLE_2025, federal2026, federalBrackets } from './federal2026';
import { rulesOf, structuredCopy, type RuleRow } from './make';
import { newYork2026, nyBrackets, nyRecapture } from './newYork2026';
import { newYorkCity2026 } from './newYorkCity2026';
import { massachusetts2026, unitedKingdom2026, washington2026 } from './others2026';
import { SOURCES as S } from './sources';

const rows2026 = (): RuleRow[] => [
  ...federal2026(),
  ...california2026(),
  ...newYork2026(),
  ...newYorkCity2026(),
  ...massachusetts2026(),
  ...washington2026(),
  ...unitedKingdom2026(),
];

/** The 2025 figures §2 names: [value, source]; all official. */
const overrides2025 = (): Record<string, [unknown, Rule['source']]> => ({
  'US.brackets.single': [federalBrackets(FEDERAL_SINGLE_2025), S.revProc2024_40],
  'US.brackets.mfj': [federalBrackets(FEDERAL_MFJ_2025), S.revProc2024_40],
  'US.standardDeduction.single': [15_750, S.obbba],
  'US.standardDeduction.mfj': [31_500, S.obbba],
  'US.ss.wageBase': [176_100, S.ssaBase],
  'US-CA.brackets.single': [caBracketsSingle(), S.ftbSchedules2025],
  'US-CA.brackets.mfj': [caBracketsMfj(), S.ftbSchedules2025],
  'US-NY.brackets.single': [nyBrackets(2025, 'single'), S.nyIt201i2025],
  'US-NY.brackets.mfj': [nyBrackets(2025, 'mfj'), S.nyIt201i2025],
  'US-NY.recapture.single': [nyRecapture(2025, 'single'), S.nyIt201i2025],
  'US-NY.recapture.mfj': [nyRecapture(2025, 'mfj'), S.nyIt201i2025],
  'US-MA.surtax.threshold': [1_083_150, S.maSurtax],
  'US-NY.pfl.rate': [0.388, S.nyPfl2025],
  'US-NY.pfl.max': [354.53, S.nyPfl2025],
});

const keyed = (year: number, rules: Rule[]): TaxRules => ({
  year,
  rules: Object.fromEntries(rules.map((r) => [r.id, r])),
});

export const taxRules2026 = (): TaxRules => keyed(2026, rulesOf(2026, rows2026()));

export function taxRules2025(): TaxRules {
  const overrides = overrides2025();
  const rules = rulesOf(2025, rows2026()).map((rule): Rule => {
    const own = overrides[rule.id];
    if (own) {
      const [value, source] = own;
      const { note: _note, ...rest } = rule;
      return { ...rest, value: structuredCopy(value), source: { ...source }, status: 'official' };
    }
    // §2: the 2026 figure, labeled held with the note "2026 value" (a 2026 null stays null, and
    // still throws where a computation needs it).
    return { ...rule, status: 'held', note: '2026 value' };
  });
  return keyed(2025, rules);
}

/** The bundled sets, fresh on every call (callers may change them freely). */
export function defaultTaxRules(): Record<number, TaxRules> {
  return { 2025: taxRules2025(), 2026: taxRules2026() };
}
