/** Result shapes of the engine. Money is in the offer's currency unless a function says otherwise. */
import type { PayrollTaxLine } from './cost/payrollTax';

export interface YearBreakdown {
  year: number; // 1-based
  base: number; // cash.base × (1 + raisePct/100)^(year−1)
  bonus: number; // base × bonusTargetPct/100 × bonusPayoutPct/100
  signOn: number; // year 1: signOn, year 2: signOnYear2
  relocation: number; // year 1 only
  equity: number; // risk-adjusted value of all vests in the year
  equityPaper: number; // same without dilution and success adjustments
  benefits: number; // benefits.value
  cash: number; // base + bonus + signOn
  totalComp: number; // cash + equity
  totalValue: number; // totalComp + benefits + relocation
}

export interface Contribution {
  dimension: string;
  weight: number; // normalized, Σ = 1 over weighted dimensions
  value: number; // raw value: money in the profile's currency, or a 0–10 rating
  utility: number; // [0, 1]
  points: number; // 100 × weight × utility
}

export interface FailedConstraint {
  dimension: string;
  min: number;
  value: number;
}

export interface Evaluation {
  score: number; // Σ points, [0, 100]
  eligible: boolean;
  failed: string[]; // the dimension of each missed constraint
  failedConstraints: FailedConstraint[];
  contributions: Contribution[];
}

export interface EmployerCostYear {
  year: number;
  base: number;
  bonus: number;
  signOn: number;
  relocation: number;
  benefits: number; // benefits.employerCost
  payrollTax: number; // Σ ratePct/100 × min(wages, wageCap)
  equityExpense: number; // grant-date fair value recognized this year
  total: number; // base + bonus + signOn + relocation + benefits + payrollTax + equityExpense
  /** Paper value of public RSU vests this year: payroll wages, not a cost (the expense is). */
  equityWages?: number;
  /** base + bonus + signOn + relocation + equityWages. */
  taxableWages?: number;
  /** Each payroll tax this year (month by month under calendar-year caps with a startDate). */
  payrollTaxLines?: PayrollTaxLine[];
  compaRatio?: number; // base / band.mid
  rangePosition?: number; // (base − min) / (max − min)
}

export interface AhpResult {
  weights: number[];
  lambdaMax: number;
  ci: number;
  cr: number;
}

export interface BlackScholesInput {
  price: number;
  strike: number;
  years: number;
  volatilityPct: number;
  riskFreePct: number;
  dividendPct?: number;
}

export interface ExitValue {
  gross: number;
  exerciseCost: number;
  net: number;
}

export interface EvaluateOptions {
  /** Units of the profile's currency per unit of the keyed currency. */
  fxRates?: Record<string, number>;
  /**
   * Score on take-home: the average yearly cash after tax over the horizon, in the offer's
   * currency. The cash dimension (and a cash must-have) then uses it instead of pre-tax cash, so
   * the profile's walk-away and ideal amounts read as after tax.
   */
  cashAfterTax?: number;
}
