/**
 * Zod schemas of the tax rules and of one tax year's wages (tax.md §2). Built on first use, not at
 * import, so that loading the engine's public surface costs nothing until take-home is asked for.
 */
import * as z from 'zod/mini';
import { parseWith, type FieldIssue } from '../errors';
import { money, requiredText, wholeNumber } from '../schemas/common';
import {
  RULE_STATUSES,
  RULE_UNITS,
  TAX_WARNING_CODES,
  type RuleUnit,
  type WarningCode,
} from './types';

const RULE_ID = /^[A-Z]{2}(-[A-Z]{2,3})?(\.[A-Za-z0-9_-]+)+$/;
const HELD_CODE = /^RULES_HELD_FROM_\d{4}$/;

export const isWarningCode = (v: unknown): v is WarningCode =>
  typeof v === 'string' &&
  ((TAX_WARNING_CODES as readonly string[]).includes(v) || HELD_CODE.test(v));

/** Why `value` does not fit `unit`, or null when it does. A null number means "not known". */
export function ruleValueProblem(unit: RuleUnit, value: unknown): string | null {
  if (value === undefined) return 'is required';
  if (unit === 'USD' || unit === 'GBP') {
    if (value === null) return null;
    return typeof value === 'number' && Number.isFinite(value) && value >= 0
      ? null
      : `must be an amount ≥ 0 in ${unit} (or null when unknown)`;
  }
  if (unit === 'pct') {
    if (value === null) return null;
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100
      ? null
      : 'must be a percentage from 0 to 100 (or null when unknown)';
  }
  if (unit === 'brackets') return bracketsProblem(value);
  return null; // "object": checked by the computation that reads it
}

function bracketsProblem(value: unknown): string | null {
  if (!Array.isArray(value) || value.length === 0)
    return 'must be a non-empty list of { from, ratePct }';
  let previous = -Infinity;
  for (let i = 0; i < value.length; i++) {
    const b: unknown = value[i];
    if (typeof b !== 'object' || b === null) return `[${i}] must be { from, ratePct }`;
    const { from, ratePct } = b as { from?: unknown; ratePct?: unknown };
    if (typeof from !== 'number' || !Number.isFinite(from) || from < 0)
      return `[${i}].from must be an amount ≥ 0`;
    if (typeof ratePct !== 'number' || !Number.isFinite(ratePct) || ratePct < 0 || ratePct > 100)
      return `[${i}].ratePct must be a percentage from 0 to 100`;
    if (i === 0 && from !== 0) return '[0].from must be 0';
    if (from <= previous) return `[${i}].from must be above the previous bracket's`;
    previous = from;
  }
  return null;
}

function buildRuleSchema() {
  const source = z.object({
    title: requiredText(300),
    url: z.string().check(z.regex(/^https:\/\/\S+$/, 'must be an https:// address')),
    publisher: requiredText(120),
  });
  return z
    .object({
      id: z.string().check(z.regex(RULE_ID, 'must look like "US.brackets.single" or "US-CA.sdi"')),
      label: requiredText(160),
      value: z.unknown(),
      unit: z.enum(RULE_UNITS, { error: `must be one of ${RULE_UNITS.join(', ')}` }),
      taxYear: wholeNumber('years', 1900, 2200),
      source,
      status: z.enum(RULE_STATUSES, { error: `must be one of ${RULE_STATUSES.join(', ')}` }),
      note: z.optional(z.string().check(z.maxLength(2000, 'must be at most 2000 characters'))),
      /** Set when the user edits a published rule: what "restore the published value" restores. */
      published: z.optional(
        z.object({
          value: z.unknown(),
          status: z.enum(RULE_STATUSES),
          note: z.optional(z.string()),
        }),
      ),
    })
    .check(
      z.superRefine((rule, ctx) => {
        const problem = ruleValueProblem(rule.unit, rule.value);
        if (problem) ctx.addIssue({ code: 'custom', path: ['value'], message: problem });
      }),
    );
}

function buildTaxRulesSchema() {
  return z
    .object({
      year: wholeNumber('years', 1900, 2200),
      rules: z.record(z.string(), ruleSchema()),
    })
    .check(
      z.superRefine((set, ctx) => {
        for (const [key, rule] of Object.entries(set.rules)) {
          if (rule.id !== key)
            ctx.addIssue({
              code: 'custom',
              path: ['rules', key, 'id'],
              message: `must equal its key "${key}"`,
            });
        }
      }),
    );
}

const optionalMoney = () => z.optional(money());

function buildTaxYearWagesSchema() {
  return z.object({
    year: wholeNumber('years', 1900, 2200),
    salary: z._default(money(), 0),
    bonus: optionalMoney(),
    signOn: optionalMoney(),
    relocation: optionalMoney(),
    rsuVest: optionalMoney(),
    nsoSpread: optionalMoney(),
    isoSpread: optionalMoney(),
    spouseWages: optionalMoney(),
    warnings: z.optional(
      z.array(z.custom<WarningCode>(isWarningCode, { error: 'must be a known warning code' })),
    ),
  });
}

type RuleSchema = ReturnType<typeof buildRuleSchema>;
type TaxRulesSchema = ReturnType<typeof buildTaxRulesSchema>;
type TaxYearWagesSchema = ReturnType<typeof buildTaxYearWagesSchema>;

let ruleCache: RuleSchema | undefined;
let rulesCache: TaxRulesSchema | undefined;
let wagesCache: TaxYearWagesSchema | undefined;
export const ruleSchema = (): RuleSchema => (ruleCache ??= buildRuleSchema());
export const taxRulesSchema = (): TaxRulesSchema => (rulesCache ??= buildTaxRulesSchema());
export const taxYearWagesSchema = (): TaxYearWagesSchema =>
  (wagesCache ??= buildTaxYearWagesSchema());

export interface RuleSource {
  title: string;
  url: string;
  publisher: string;
}
type ParsedRule = z.output<RuleSchema>;
/** One labeled figure: value, unit, tax year, source and status (tax.md §2). */
export type Rule<T = unknown> = Omit<ParsedRule, 'value'> & { value: T };
/** The rules of one tax year, keyed by rule id. */
export interface TaxRules {
  year: number;
  rules: Record<string, Rule>;
}
/** One tax year's wages (input: every amount but `year` may be left out and counts as 0). */
export type TaxYearWages = z.input<TaxYearWagesSchema>;
export type ParsedTaxYearWages = z.output<TaxYearWagesSchema>;

/** Validates one year's rule set; throws a ValidationError naming each bad field. */
export const parseTaxRules = (input: unknown): TaxRules =>
  parseWith(taxRulesSchema(), 'tax rules', input) as TaxRules;

/** Checks one tax year's wages; returns the issues (path "[i].field") instead of throwing. */
export function wagesIssues(input: unknown, index: number): ParsedTaxYearWages | FieldIssue[] {
  const result = taxYearWagesSchema().safeParse(input);
  if (result.success) return result.data;
  return result.error.issues.map((issue) => ({
    path: `[${index}]${issue.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('')}`,
    message: issue.message,
  }));
}
