/** The engine's public surface. Everything the UI shows is computed here. */
export * from './schemas/common';
export * from './schemas/offer';
export * from './schemas/profile';
export * from './schemas/finance';
export * from './schemas/workspace';
export * from './types';
export * from './errors';
export * from './dimensions';
export { parseOffer, parseProfile, parseFinance, parseWorkspace } from './parse';
export { compensationByYear } from './money/compensation';
export { evaluateOffer } from './decide/scoring';
export { rocWeights } from './decide/weights';
export { ahp } from './decide/ahp';
export { weightFlipPoints } from './decide/sensitivity';
export { breakEvenBase } from './decide/breakEven';
export {
  employerCostByYear,
  payrollTaxLines,
  payrollTaxLinesByYear,
  taxableWages,
  equityWagesOf,
  unitFairValue,
  fairValueRatio,
  type PayrollTaxLine,
  type WageParts,
} from './cost/employerCost';
export { unvestedValue, unvestedSpread, unvestedFraction } from './money/grants';
export { blackScholesCall } from './cost/blackScholes';
export { exitValue, type ExitValueResult, type ExitValueOptions } from './equity/exitValue';
// Private equity: cap tables, exit waterfall, outcome model (docs/design/equity.md)
export * from './schemas/capTable';
export * from './schemas/outcome';
export * from './equity';
export { normalizedWeights, moneyUtility } from './decide/scoring';
export { convertMoney, fxRate, rebaseFxRates, workspaceRate } from './money/currency';
export { convertOfferCurrency } from './money/convertOffer';
export { applyOutlook, EQUITY_OUTLOOKS, type EquityOutlook } from './money/outlook';
export { explainLead, CLOSE_CALL_POINTS } from './decide/explain';
export { leaderWeightRanges, leaderRangesFromEvaluations } from './decide/sensitivity';
export { vestingFractionsByYear } from './money/vesting';
export {
  ahpMatrixFromJudgments,
  mostInconsistentJudgment,
  SAATY_RI,
  AHP_CONSISTENT_CR,
} from './decide/ahp';
export {
  summarizeWorkspace,
  type OfferSummary,
  type WorkspaceSummary,
  type SummarizeOptions,
} from './workspaceSummary';
// Hiring-panel consensus (docs/design/decide.md §2)
export * from './schemas/panel';
export type * from './decide/panelTypes';
export {
  aggregateJudgments,
  aggregatePriorities,
  alonsoLamataCr,
  type AggregatedJudgments,
  type AggregatePrioritiesOptions,
} from './decide/panelAggregate';
export {
  consensusIndex,
  consensusWord,
  hAlphaMin,
  hGammaMax,
  type ConsensusOptions,
} from './decide/panelConsensus';
export { similarityMatrix, kendallW, ranksFromWeights, hornOverlap } from './decide/panelAgreement';
export {
  parsePanel,
  panelDimensions,
  panelMemberFromStored,
  panelMembersFromStored,
} from './decide/panelInput';
export { panelSummary, type PanelSummaryOptions } from './decide/panelSummary';
export { SPLIT_RANGE } from './decide/panelSpread';
export {
  panelChartData,
  PANEL_MARKER_SHAPES,
  PANEL_ROLE_LABELS,
  type PanelChartData,
  type PanelChartOptions,
  type PanelStrip,
  type PanelStripMarker,
  type PanelMarkerShape,
} from './decide/panelChartData';
export { panelHeadline, PANEL_METHOD_LABELS, type PanelHeadline } from './decide/panelHeadline';
export {
  panelWeightScenarios,
  panelGroupProfile,
  type PanelWeightScenarios,
} from './decide/panelRobust';
// Take-home pay by place (docs/design/tax.md). The tax code has no import-time work, so it stays
// out of bundles that do not call it; the app may also load '@/domain/tax' lazily.
export {
  TAX_JURISDICTIONS,
  FILING_STATUSES,
  RULE_STATUSES,
  RULE_UNITS,
  TAX_WARNING_CODES,
  jurisdictionCurrency,
  parseTaxRules,
  isWarningCode,
  defaultTaxRules,
  takeHome,
  marginalRate,
  DEFAULT_MARGINAL_DELTA,
  wagesByTaxYear,
  withEditedRule,
  withRestoredRule,
  isEditedRule,
  rulesYearFor,
  taxRulesUsed,
  supplementalWithholding,
  amtEstimate,
  supplementalGap,
  saltCap,
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
  type Rule,
  type RuleSource,
  type TaxRules,
  type TaxYearWages,
  type ParsedTaxYearWages,
  type ExercisePlanEntry,
  type WagesByTaxYearOptions,
  type OfferTaxYearWages,
  type WithholdingHint,
} from './tax';
// The negotiation optimizer (docs/design/decide.md §1)
export type * from './decide/negotiateTypes';
export { cheapestWinningPackage, scenarioSpecs } from './decide/negotiate';
export { costScoreFrontier } from './decide/negotiateFrontier';
export { weightBoxVertices } from './decide/negotiateWeightBox';
export { parseLevers, START_DATE_MESSAGE, type ParsedLever } from './decide/negotiateLevers';
export { solveLp, type LpProblem, type LpResult, type LpRow } from './decide/lp';
export {
  frontierChartData,
  type FrontierChartData,
  type FrontierChartPoint,
} from './decide/negotiateChartData';
