/** Every warning of one tax year (tax.md §6), in a fixed order; never added to totalTax. */
import type { Compiled } from './params';
import type { TaxWarning, WarningCode } from './types';
import type { YearContext, WarningRule } from './warnings/context';
import { amtLikely, isoNotInWages, mayItemizeSalt, underwithholding } from './warnings/federal';
import {
  capitalGains,
  nycSchoolCreditCliff,
  nyRecaptureNotch,
  paTaper,
  ukRelocation,
  ukTaperUndercollected,
  waCapitalGains,
} from './warnings/places';

/** Messages of the codes wagesByTaxYear sets (copied into the year's warnings by takeHome). */
export const WAGE_WARNING_MESSAGES: Partial<Record<WarningCode, string>> = {
  PRIVATE_RSU_DEFERRED:
    'Private-company RSUs are usually double-trigger: they are taxed at a liquidity event, not at vest, so no tax is shown for them here. Taxes on private equity come later.',
  OPTIONS_UNTAXED_UNTIL_EXERCISE:
    'Options are taxed when you exercise them, not when they vest: with no exercise plan, no tax is shown for them.',
  EQUITY_MULTISTATE:
    'You moved: CA and NY tax equity income in proportion to the workdays spent there between grant and vest (NYC follows residence only). This model taxes it all where you live now.',
  EXERCISE_NO_SPREAD:
    'An exercise at no spread (such as an early exercise with an 83(b) election) owes no tax now; later gains are capital gains, not modeled.',
};

const wageWarning = (code: WarningCode): TaxWarning => ({
  code,
  message:
    WAGE_WARNING_MESSAGES[code] ??
    (code.startsWith('RULES_HELD_FROM_')
      ? `These wages were computed with the ${code.slice(16)} rules held constant.`
      : 'See the take-home notes.'),
});

function notOfficial(c: Compiled): TaxWarning | null {
  const seen = new Set<string>();
  const listed: string[] = [];
  for (const rule of c.used) {
    if (rule.status === 'official' || seen.has(rule.id)) continue;
    seen.add(rule.id);
    listed.push(`${rule.label} (${rule.status})`);
  }
  if (listed.length === 0) return null;
  return {
    code: 'RULE_NOT_OFFICIAL',
    message: `Some rules used for ${c.setYear} are not official figures: ${listed.join('; ')}.`,
  };
}

const creditsIgnored = (uk: boolean): TaxWarning => ({
  code: 'CREDITS_DEDUCTIONS_IGNORED',
  message: uk
    ? 'Pension contributions, salary sacrifice, student loans and other reliefs are not modeled.'
    : 'Credits, dependents, 401(k)/HSA and other pre-tax deductions, and itemized deductions are not modeled (only CA’s personal exemption credit and the NYC school tax credit are included).',
});

const RULES: readonly WarningRule[] = [
  underwithholding,
  amtLikely,
  isoNotInWages,
  mayItemizeSalt,
  paTaper,
  ukTaperUndercollected,
  ukRelocation,
  nyRecaptureNotch,
  nycSchoolCreditCliff,
  capitalGains,
  waCapitalGains,
];

/** Adds `w` unless a warning with its code is already there. */
function add(out: TaxWarning[], w: TaxWarning | null): void {
  if (!w) return;
  for (const x of out) if (x.code === w.code) return;
  out.push(w);
}

export function yearWarnings(ctx: YearContext, year: number, first: boolean): TaxWarning[] {
  const out: TaxWarning[] = [];
  for (const code of ctx.w.warnings ?? []) add(out, wageWarning(code));
  if (ctx.c.setYear !== year)
    add(out, {
      code: `RULES_HELD_FROM_${ctx.c.setYear}`,
      message: `Year ${year} uses the ${ctx.c.setYear} rules held constant (not indexed for inflation).`,
    });
  // The same for every year of the set: built once, a fresh copy per year.
  if (ctx.c.notOfficial === undefined) ctx.c.notOfficial = notOfficial(ctx.c);
  if (ctx.c.notOfficial) add(out, { ...ctx.c.notOfficial });
  for (const rule of RULES) add(out, rule(ctx));
  if (first) add(out, creditsIgnored(Boolean(ctx.c.uk)));
  return out;
}
