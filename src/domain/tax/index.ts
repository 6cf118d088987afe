/**
 * Take-home pay (docs/design/tax.md): the entry the app loads lazily (`import('@/domain/tax')`).
 * Nothing outside src/domain/tax imports these files; src/domain/index.ts re-exports them.
 */
export {
  TAX_JURISDICTIONS,
  FILING_STATUSES,
  RULE_STATUSES,
  RULE_UNITS,
  TAX_WARNING_CODES,
  jurisdictionCurrency,
  type JurisdictionId,
  type FilingStatus,
  type RuleStatus,
  type RuleUnit,
  type WarningCode,
  type Brackets,
  type RecaptureTier,
  type TaxLine,
  type TaxWarning,
  type TakeHomeYear,
} from './types';
export {
  parseTaxRules,
  isWarningCode,
  type Rule,
  type RuleSource,
  type TaxRules,
  type TaxYearWages,
  type ParsedTaxYearWages,
} from './schema';
export { defaultTaxRules } from './rules/defaults';
export { takeHome } from './takeHome';
export { marginalRate, DEFAULT_MARGINAL_DELTA } from './marginal';
export {
  wagesByTaxYear,
  type ExercisePlanEntry,
  type WagesByTaxYearOptions,
  type OfferTaxYearWages,
} from './wages';
export { withEditedRule, withRestoredRule, isEditedRule } from './editRules';
export { rulesYearFor } from './inputs';
export { taxRulesUsed } from './rulesUsed';
export { supplementalWithholding, type WithholdingHint } from './withholding';
export { amtEstimate, supplementalGap, saltCap } from './warnings/federal';
