/** Shapes of the negotiation optimizer (docs/design/decide.md §1.1). */
import type { EquityOutlook } from '../money/outlook';
import type { FinanceAssumptions } from '../schemas/finance';
import type { Offer } from '../schemas/offer';
import type { Profile } from '../schemas/profile';

export type Lever =
  | { kind: 'base'; max: number; min?: number } // cash.base (yearly)
  | { kind: 'bonusTargetPct'; max: number; min?: number } // % of that year's base
  | { kind: 'signOn'; max: number; min?: number } // year-1 sign-on
  | { kind: 'rsuGrant'; max: number } // grant value added at grant date, ≥ 0
  | {
      kind: 'rating';
      dimension: string;
      max: number;
      min?: number;
      costPerPointPerYear?: number;
    };

export type LeverKind = Lever['kind'];

export interface RobustOptions {
  profiles?: Profile[];
  weightScenarios?: Record<string, number>[];
  weightBox?: { lo: Record<string, number>; hi: Record<string, number> } | { delta: number };
  outlooks?: EquityOutlook[];
}

export interface NegotiationInput {
  offer: Offer;
  rival: Offer;
  profile: Profile;
  finance: FinanceAssumptions;
  levers: Lever[];
  margin?: number;
  costYears?: number;
  robust?: RobustOptions;
  respectConstraints?: boolean;
  fxRates?: Record<string, number>;
}

export interface PackageChange {
  lever: string;
  from: number;
  to: number;
  cost: number;
  /** Why a lever did not move (weight 0, target met, not needed, …). */
  reason?: string;
}

export interface ScenarioResult {
  name: string;
  score: number;
  rivalScore: number;
  lead: number;
  binding: boolean;
  dollarsPerPoint: number;
}

export interface PackageResult {
  feasible: boolean;
  package: Offer;
  changes: PackageChange[];
  score: number;
  rivalScore: number;
  target: number;
  cost: number;
  extraCost: number;
  recurringRunRate: number;
  freeHeadroom: number;
  shortfall?: number;
  algorithm: 'greedy' | 'lp';
  coupling: { year: number; tax: string }[];
  steps?: { lever: string; points: number; dollarsPerPoint: number }[];
  scenarios?: ScenarioResult[];
  eligible: boolean;
  failed: string[];
  /** Set when a profile constraint could not be met by any lever (respectConstraints). */
  reason?: 'constraint';
}

export interface FrontierInput {
  offer: Offer;
  profile: Profile;
  finance: FinanceAssumptions;
  levers: Lever[];
  costYears?: number;
  fxRates?: Record<string, number>;
}

export interface FrontierSegment {
  fromScore: number;
  toScore: number;
  dollarsPerPoint: number;
  levers: string[];
}

export interface Frontier {
  points: { score: number; cost: number }[];
  segments: FrontierSegment[];
  floorScore: number;
  maxScore: number;
  algorithm: 'greedy' | 'lp';
}
