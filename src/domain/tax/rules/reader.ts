/**
 * Reads the rules a computation needs from one rule set, checking each value's shape and
 * collecting the ones missing, so a bad or incomplete set fails with one readable error
 * ("[2026].rules["US-CA.sdi"]: is missing (US-CA needs it)").
 */
import { ValidationError, type FieldIssue } from '../../errors';
import { ruleValueProblem, type Rule, type TaxRules } from '../schema';
import type { Brackets, RecaptureTier } from '../types';

export class RuleReader {
  readonly used: Rule[] = [];
  private readonly missing: string[] = [];

  constructor(
    private readonly set: TaxRules,
    private readonly setYear: number,
    private readonly needer: string,
  ) {}

  private path(id: string): string {
    return `[${this.setYear}].rules["${id}"]`;
  }

  private fail(id: string, message: string): never {
    throw new ValidationError('tax rules', [{ path: `${this.path(id)}.value`, message }]);
  }

  private get(id: string, optional = false): Rule | undefined {
    // Ids are the engine's own ("US.ss.rate"), never an Object.prototype name, so a plain lookup
    // is enough (no hasOwn: this runs for every rule of every take-home).
    const rule: Rule | undefined = this.set?.rules?.[id];
    if (typeof rule !== 'object' || rule === null) {
      if (!optional) this.missing.push(id);
      return undefined;
    }
    this.used.push(rule);
    return rule;
  }

  /** A number rule (amount or percentage). A null value throws: the rule is not known yet. */
  num(id: string): number {
    const rule = this.get(id);
    if (!rule) return NaN;
    return this.numberOf(id, rule);
  }

  /** Like num, but a missing or null rule gives undefined (rules only some messages use). */
  optionalNum(id: string): number | undefined {
    const rule = this.get(id, true);
    return rule && rule.value !== null ? this.numberOf(id, rule) : undefined;
  }

  private numberOf(id: string, rule: Rule): number {
    const v = rule.value;
    if (v === null)
      this.fail(id, `is null (${rule.status}: not known yet); enter a value to use this rule`);
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
      this.fail(id, 'must be a number ≥ 0');
    return v;
  }

  brackets(id: string): Brackets {
    const rule = this.get(id);
    if (!rule) return [{ from: 0, ratePct: 0 }];
    const problem = ruleValueProblem('brackets', rule.value);
    if (problem) this.fail(id, problem);
    return rule.value as Brackets;
  }

  recapture(id: string): RecaptureTier[] {
    const rule = this.get(id);
    if (!rule) return [{ from: 0, base: 0, increment: 0 }];
    const v = rule.value;
    const ok =
      Array.isArray(v) &&
      v.length > 0 &&
      v.every(
        (t: unknown, i) =>
          typeof t === 'object' &&
          t !== null &&
          ['from', 'base', 'increment'].every((k) => {
            const x = (t as Record<string, unknown>)[k];
            return typeof x === 'number' && Number.isFinite(x) && x >= 0;
          }) &&
          (i === 0
            ? (t as RecaptureTier).from === 0
            : (t as RecaptureTier).from > (v[i - 1] as RecaptureTier).from),
      );
    if (!ok)
      this.fail(id, 'must be a list of { from, base, increment } starting at from 0, ascending');
    return v as RecaptureTier[];
  }

  /** Throws one error naming every rule that was needed and missing. */
  finish(): void {
    if (this.missing.length === 0) return;
    const issues: FieldIssue[] = this.missing.map((id) => ({
      path: this.path(id),
      message: `is missing (${this.needer} needs it)`,
    }));
    throw new ValidationError('tax rules', issues);
  }
}
