/** Checks takeHome's arguments and picks each year's rule set (tax.md §2, contract rules). */
import { ValidationError, type FieldIssue } from '../errors';
import { compileRules, messageRules } from './compile';
import type { Compiled } from './params';
import { plainWages } from './plainWages';
import { wagesIssues, type ParsedTaxYearWages, type TaxRules } from './schema';
import {
  FILING_STATUSES,
  TAX_JURISDICTIONS,
  type FilingStatus,
  type JurisdictionId,
} from './types';

export function checkJurisdiction(j: unknown): asserts j is JurisdictionId {
  if (!(TAX_JURISDICTIONS as readonly unknown[]).includes(j))
    throw new ValidationError('jurisdiction', [
      { path: '(root)', message: `must be one of ${TAX_JURISDICTIONS.join(', ')}` },
    ]);
}

export function checkFiling(f: unknown): asserts f is FilingStatus {
  if (!(FILING_STATUSES as readonly unknown[]).includes(f))
    throw new ValidationError('filing status', [
      { path: '(root)', message: 'must be "single" or "mfj"' },
    ]);
}

/** Parses every year; a negative amount or spouseWages with single throws, naming the field. */
export function parseYears(input: unknown, filing: FilingStatus): ParsedTaxYearWages[] {
  if (!Array.isArray(input))
    throw new ValidationError('tax-year wages', [
      { path: '(root)', message: 'must be a list of tax years' },
    ]);
  const issues: FieldIssue[] = [];
  const years: ParsedTaxYearWages[] = [];
  input.forEach((item, i) => {
    const parsed = plainWages(item) ?? wagesIssues(item, i);
    if (Array.isArray(parsed)) {
      issues.push(...parsed);
      return;
    }
    if (filing === 'single' && (parsed.spouseWages ?? 0) > 0)
      issues.push({ path: `[${i}].spouseWages`, message: 'is only for filing "mfj"' });
    years.push(parsed);
  });
  if (issues.length > 0) throw new ValidationError('tax-year wages', issues);
  return years;
}

/** The rule sets by year, ascending; throws when there are none. */
export function ruleYears(rules: Record<number, TaxRules>): number[] {
  const years: number[] = [];
  if (rules && typeof rules === 'object')
    for (const key of Object.keys(rules)) {
      const y = Number(key);
      if (Number.isInteger(y)) years.push(y);
    }
  if (years.length === 0)
    throw new ValidationError('tax rules', [{ path: '(root)', message: 'has no rule set' }]);
  return years.sort((a, b) => a - b);
}

/** The set a tax year uses, among the ascending set years `years` (see rulesYearFor). */
function setYearAmong(years: readonly number[], year: number): number {
  let earlier: number | undefined;
  for (const y of years) {
    if (y === year) return y;
    if (y < year) earlier = y;
  }
  return earlier ?? (years[years.length - 1] as number);
}

/**
 * The set a tax year uses: its own, else the latest set before it (held, not indexed), else, for
 * a year before every set, the latest set.
 */
export const rulesYearFor = (rules: Record<number, TaxRules>, year: number): number =>
  setYearAmong(ruleYears(rules), year);

/** Compiles each set once per call. */
export class RuleSets {
  private readonly compiled = new Map<number, Compiled>();
  private years: readonly number[] | undefined;
  constructor(
    private readonly rules: Record<number, TaxRules>,
    private readonly jurisdiction: JurisdictionId,
    private readonly filing: FilingStatus,
  ) {}

  forYear(year: number): Compiled {
    const setYear = setYearAmong((this.years ??= ruleYears(this.rules)), year);
    let c = this.compiled.get(setYear);
    if (!c) {
      const set = this.rules[setYear] as TaxRules;
      c = compileRules(set, setYear, this.jurisdiction, this.filing);
      messageRules(set, setYear, c);
      this.compiled.set(setYear, c);
    }
    return c;
  }
}
