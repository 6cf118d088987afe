/**
 * A quick check of one tax year's wages for the common case (a plain object whose fields are all
 * valid), giving what the zod schema would give without running it; anything else returns
 * undefined and goes through the schema, which names the problems. The schema stays the source of
 * truth: test/domain/tax/plainWages.test.ts checks that both agree on random inputs.
 */
import { MAX_AMOUNT } from '../schemas/common';
import { isWarningCode, type ParsedTaxYearWages } from './schema';
import type { WarningCode } from './types';

const OPTIONAL_AMOUNTS = [
  'bonus',
  'signOn',
  'relocation',
  'rsuVest',
  'nsoSpread',
  'isoSpread',
  'spouseWages',
] as const;

/** What the schema's money() accepts: a number in [0, MAX_AMOUNT] (so never NaN or ±Infinity). */
const isAmount = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= MAX_AMOUNT;

export function plainWages(input: unknown): ParsedTaxYearWages | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const w = input as Record<string, unknown>;
  const year = w.year;
  if (!(typeof year === 'number' && Number.isInteger(year) && year >= 1900 && year <= 2200))
    return undefined;
  const salary = w.salary === undefined ? 0 : w.salary;
  if (!isAmount(salary)) return undefined;
  const out: ParsedTaxYearWages = { year, salary };
  for (const key of OPTIONAL_AMOUNTS) {
    const v = w[key];
    if (v === undefined) continue;
    if (!isAmount(v)) return undefined;
    out[key] = v;
  }
  const warnings = w.warnings;
  if (warnings !== undefined) {
    if (!Array.isArray(warnings)) return undefined;
    for (const code of warnings) if (!isWarningCode(code)) return undefined;
    out.warnings = warnings.slice() as WarningCode[];
  }
  return out;
}
