/**
 * Editing the workspace's tax rules (workspace.taxRules): a new value is checked by the engine
 * (withEditedRule) before it is kept; a value equal to the published one removes the edit, so
 * "restore the published value" and typing the old figure back are the same thing.
 */
import type { TaxRuleOverride } from '@/domain';
import { withEditedRule, type Brackets } from '@/domain/tax';
import { canonicalJson } from '@/state/sync/records';
import { overrideId, publishedRules, type RuleSets } from './rules';

export type OverrideEdit =
  { ok: true; overrides: TaxRuleOverride[] } | { ok: false; error: string };

const message = (e: unknown): string => {
  const text = e instanceof Error ? e.message : String(e);
  // "Invalid tax rules: [2026].rules["US-CA.sdi"].value: must be …" → "must be …"
  const colon = text.lastIndexOf(': ');
  return colon >= 0 ? text.slice(colon + 2) : text;
};

export function withOverride(
  overrides: readonly TaxRuleOverride[],
  rules: RuleSets,
  year: number,
  ruleId: string,
  value: unknown,
): OverrideEdit {
  try {
    withEditedRule(rules, year, ruleId, value);
  } catch (e) {
    return { ok: false, error: message(e) };
  }
  const id = overrideId(year, ruleId);
  const published = publishedRules()[year]?.rules[ruleId];
  const rest = overrides.filter((o) => o.id !== id);
  if (published && canonicalJson(published.value) === canonicalJson(value))
    return { ok: true, overrides: rest };
  return { ok: true, overrides: [...rest, { id, value }] };
}

export const withoutOverride = (
  overrides: readonly TaxRuleOverride[],
  year: number,
  ruleId: string,
): TaxRuleOverride[] => overrides.filter((o) => o.id !== overrideId(year, ruleId));

const grouped = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** Brackets as editable text: "0: 10%; 12,400: 12%; …" (rate applies from the amount). */
export const bracketsText = (b: Brackets): string =>
  b.map((x) => `${grouped(x.from)}: ${x.ratePct}%`).join('; ');

/** "0: 10%; 12,400: 12%" → brackets, or a message naming the part that does not read. */
export function parseBracketsText(text: string): Brackets | string {
  const parts = text
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return 'Write each bracket as “from: rate%”, separated by “;”.';
  const out: Brackets = [];
  for (const part of parts) {
    const match = /^([\d,]+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)\s*%?$/.exec(part);
    if (!match) return `“${part}” does not read as “from: rate%” (e.g. “12,400: 12%”).`;
    out.push({ from: Number(match[1]!.replace(/,/g, '')), ratePct: Number(match[2]) });
  }
  return out;
}
