/** A small builder for bundled rules, so each data file reads as a table. */
import type { Rule, RuleSource } from '../schema';
import type { RuleStatus, RuleUnit } from '../types';

export type RuleRow = [
  id: string,
  label: string,
  unit: RuleUnit,
  value: unknown,
  status: RuleStatus,
  source: RuleSource,
  note?: string,
];

/** Rules of one tax year from table rows (fresh objects on every call). */
export function rulesOf(taxYear: number, rows: readonly RuleRow[]): Rule[] {
  return rows.map(([id, label, unit, value, status, source, note]) => {
    const rule: Rule = {
      id,
      label,
      unit,
      value: structuredCopy(value),
      taxYear,
      source: { ...source },
      status,
    };
    if (note !== undefined) rule.note = note;
    return rule;
  });
}

/** Copies plain JSON data (numbers, arrays, objects). */
export function structuredCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => structuredCopy(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = structuredCopy(v);
    return out as T;
  }
  return value;
}

/** Brackets from parallel lists: rates (%) and the amounts they apply from. */
export const brackets = (ratesPct: readonly number[], froms: readonly number[]) =>
  ratesPct.map((ratePct, i) => ({ from: froms[i] ?? 0, ratePct }));
