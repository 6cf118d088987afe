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
export { compensationByYear } from './compensation';
export { evaluateOffer } from './scoring';
export { rocWeights } from './weights';
export { ahp } from './ahp';
export { weightFlipPoints } from './sensitivity';
export { breakEvenBase } from './breakEven';
export {
  employerCostByYear,
  payrollTaxLines,
  taxableWages,
  unitFairValue,
  type PayrollTaxLine,
} from './employerCost';
export { blackScholesCall } from './blackScholes';
export { exitValue } from './exitValue';
export { normalizedWeights, moneyUtility } from './scoring';
export { convertMoney, fxRate, rebaseFxRates, workspaceRate } from './currency';
export { convertOfferCurrency } from './convertOffer';
export { applyOutlook, EQUITY_OUTLOOKS, type EquityOutlook } from './outlook';
export { explainLead, CLOSE_CALL_POINTS } from './explain';
export { leaderWeightRanges } from './sensitivity';
export { vestingFractionsByYear } from './vesting';
export {
  ahpMatrixFromJudgments,
  mostInconsistentJudgment,
  SAATY_RI,
  AHP_CONSISTENT_CR,
} from './ahp';
export {
  summarizeWorkspace,
  type OfferSummary,
  type WorkspaceSummary,
  type SummarizeOptions,
} from './workspaceSummary';
