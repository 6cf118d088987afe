/**
 * The workspace's tax rules: the bundled sets with the user's edits (workspace.taxRules) applied.
 * Part of the lazy tax chunk. An edit that no longer fits its rule (an import, an older bundle) is
 * skipped and reported, never applied and never a crash.
 */
import type { TaxRuleOverride } from '@/domain';
import { defaultTaxRules, withEditedRule, type TaxRules } from '@/domain/tax';

export type RuleSets = Record<number, TaxRules>;

export interface WorkspaceRules {
  rules: RuleSets;
  /** One sentence per edit that could not be applied. */
  problems: string[];
}

/** "2026:US-CA.sdi" → { year: 2026, ruleId: "US-CA.sdi" }. */
export function overrideKey(id: string): { year: number; ruleId: string } {
  const colon = id.indexOf(':');
  return { year: Number(id.slice(0, colon)), ruleId: id.slice(colon + 1) };
}

export const overrideId = (year: number, ruleId: string): string => `${year}:${ruleId}`;

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

let bundled: RuleSets | undefined;
/** The published rules, built once (they never change while the app runs). */
export function publishedRules(): RuleSets {
  return (bundled ??= defaultTaxRules());
}

let last: { overrides: readonly TaxRuleOverride[]; result: WorkspaceRules } | undefined;

export function workspaceRules(overrides: readonly TaxRuleOverride[]): WorkspaceRules {
  if (last?.overrides === overrides) return last.result;
  let rules = publishedRules();
  const problems: string[] = [];
  for (const o of overrides) {
    const { year, ruleId } = overrideKey(o.id);
    if (!rules[year]?.rules[ruleId]) {
      problems.push(`Your edit of ${ruleId} (${year}) is not used: there is no such rule.`);
      continue;
    }
    try {
      rules = withEditedRule(rules, year, ruleId, o.value);
    } catch (e) {
      problems.push(`Your edit of ${ruleId} (${year}) is not used: ${message(e)}`);
    }
  }
  const result = { rules, problems };
  last = { overrides, result };
  return result;
}
