/**
 * Editing a rule (tax.md §2, §10): a new value makes the rule `user` in the one set the tax year
 * uses, so only the years that use that set change; "restore the published value" undoes it.
 * Both return new rule sets and leave their input untouched.
 */
import { ValidationError } from '../errors';
import { rulesYearFor } from './inputs';
import { defaultTaxRules } from './rules/defaults';
import { ruleValueProblem, type Rule, type TaxRules } from './schema';

type RuleSets = Record<number, TaxRules>;

function located(rules: RuleSets, year: number, ruleId: string) {
  const setYear = rulesYearFor(rules, year);
  const set = rules[setYear] as TaxRules;
  const rule = Object.hasOwn(set.rules, ruleId) ? set.rules[ruleId] : undefined;
  if (!rule)
    throw new ValidationError('tax rules', [
      { path: `[${setYear}].rules["${ruleId}"]`, message: 'is not a rule of this set' },
    ]);
  return { setYear, set, rule };
}

const replaced = (rules: RuleSets, setYear: number, set: TaxRules, rule: Rule): RuleSets => ({
  ...rules,
  [setYear]: { ...set, rules: { ...set.rules, [rule.id]: rule } },
});

/** The rule `ruleId` of the set tax year `year` uses, with `value`, status "user". */
export function withEditedRule(
  rules: RuleSets,
  year: number,
  ruleId: string,
  value: unknown,
): RuleSets {
  const { setYear, set, rule } = located(rules, year, ruleId);
  const problem = ruleValueProblem(rule.unit, value);
  if (problem)
    throw new ValidationError('tax rules', [
      { path: `[${setYear}].rules["${ruleId}"].value`, message: problem },
    ]);
  const published = rule.published ?? {
    value: rule.value,
    status: rule.status,
    ...(rule.note !== undefined ? { note: rule.note } : {}),
  };
  return replaced(rules, setYear, set, { ...rule, value, status: 'user', published });
}

/**
 * The rule back to its published value: the one kept when it was edited, else the bundled set's
 * (`published` defaults to defaultTaxRules()). An unedited rule is returned as it is.
 */
export function withRestoredRule(
  rules: RuleSets,
  year: number,
  ruleId: string,
  published: RuleSets = defaultTaxRules(),
): RuleSets {
  const { setYear, set, rule } = located(rules, year, ruleId);
  if (rule.published) {
    const { published: kept, note: _note, ...rest } = rule;
    const restored: Rule = { ...rest, value: kept.value, status: kept.status };
    if (kept.note !== undefined) restored.note = kept.note;
    return replaced(rules, setYear, set, restored);
  }
  if (rule.status !== 'user') return rules;
  const bundled = published[setYear]?.rules[ruleId];
  if (!bundled)
    throw new ValidationError('tax rules', [
      { path: `[${setYear}].rules["${ruleId}"]`, message: 'has no published value to restore' },
    ]);
  return replaced(rules, setYear, set, { ...bundled });
}

/** True when the rule differs from what was published (status "user"). */
export const isEditedRule = (rule: Rule): boolean => rule.status === 'user';
