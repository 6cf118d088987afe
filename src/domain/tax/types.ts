/**
 * Take-home pay (docs/design/tax.md §2): names, codes and result shapes. Plain constants only, so
 * importing this file runs nothing (the tax code loads lazily; see tax/index.ts).
 */

export const TAX_JURISDICTIONS = [
  'US-TX',
  'US-WA',
  'US-CA',
  'US-NY',
  'US-NYC',
  'US-MA',
  'GB-ENG',
] as const;
export type JurisdictionId = (typeof TAX_JURISDICTIONS)[number];

export const FILING_STATUSES = ['single', 'mfj'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

export const RULE_STATUSES = ['official', 'held', 'unverified', 'user'] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

export const RULE_UNITS = ['USD', 'GBP', 'pct', 'brackets', 'object'] as const;
export type RuleUnit = (typeof RULE_UNITS)[number];

/** Warning codes of §6 (plus two this engine adds, marked below). */
export const TAX_WARNING_CODES = [
  'SUPPLEMENTAL_UNDERWITHHOLDING',
  'AMT_LIKELY',
  'ISO_NOT_IN_WAGES',
  'MAY_ITEMIZE_SALT',
  'RULE_NOT_OFFICIAL',
  'PA_TAPER_60PCT',
  'UK_TAPER_UNDERCOLLECTED',
  'PRIVATE_RSU_DEFERRED',
  'OPTIONS_UNTAXED_UNTIL_EXERCISE',
  'EQUITY_MULTISTATE',
  'CAPITAL_GAINS_NOT_MODELED',
  'WA_CAPITAL_GAINS',
  'CREDITS_DEDUCTIONS_IGNORED',
  'NY_RECAPTURE_NOTCH',
  'NYC_SCHOOL_CREDIT_CLIFF',
  /** Added: an exercise at no spread (early exercise, §83(b)): no tax now. */
  'EXERCISE_NO_SPREAD',
  /** Added: UK relocation is taxed in full; the £8,000 qualifying exemption is not applied. */
  'UK_RELOCATION_EXEMPTION_NOT_APPLIED',
] as const;
/** A §6 code, or RULES_HELD_FROM_<Y>: the year had no rule set and used set Y unindexed. */
export type WarningCode = (typeof TAX_WARNING_CODES)[number] | `RULES_HELD_FROM_${number}`;

/** Bracket schedule: ascending; each rate applies from `from` up to the next `from`. */
export type Brackets = Array<{ from: number; ratePct: number }>;

/** One row of New York's tax-benefit recapture table (Tax Law 601(d-1)). */
export interface RecaptureTier {
  from: number; // NY taxable income at which the tier starts
  base: number; // recapture already due from the lower tiers
  increment: number; // phased in over 50,000 of AGI
}

export interface TaxLine {
  id: string;
  label: string;
  amount: number; // rounded half-up to cents; credits are negative
  formula: string; // with the numbers filled in
  ruleIds: string[];
}

export interface TaxWarning {
  code: WarningCode;
  message: string;
  amount?: number;
}

export interface TakeHomeYear {
  year: number;
  jurisdiction: JurisdictionId;
  currency: 'USD' | 'GBP';
  gross: number; // candidate wages (+ spouseWages for US mfj)
  lines: TaxLine[];
  totalTax: number; // Σ rounded lines
  net: number; // gross − totalTax
  effectiveRatePct: number; // 100 × totalTax / gross (0 when gross = 0)
  marginalRatePct: number; // 100 × marginalRate(...)
  rulesYear: number;
  warnings: TaxWarning[];
}

export const isUs = (j: JurisdictionId): boolean => j !== 'GB-ENG';
export const jurisdictionCurrency = (j: JurisdictionId): 'USD' | 'GBP' =>
  j === 'GB-ENG' ? 'GBP' : 'USD';
