/**
 * The typed figures a jurisdiction and filing status need from one rule set (compile.ts reads
 * them, once per takeHome call, not per line).
 */
import type { Rule } from './schema';
import type { Brackets, FilingStatus, JurisdictionId, RecaptureTier, TaxWarning } from './types';

export interface FederalParams {
  std: number;
  brackets: Brackets;
  ssRate: number;
  ssBase: number;
  medicareRate: number;
  addlRate: number;
  addlThreshold: number;
  suppRate: number;
  suppHighRate: number;
  suppHighThreshold: number;
  amtExemption: number;
  amtPhaseStart: number;
  amtPhaseRate: number;
  amtBrackets: Brackets;
  saltCap: number;
  saltFloor: number;
  saltPhaseStart: number;
  saltPhaseRate: number;
}
export interface CaParams {
  brackets: Brackets;
  std: number;
  credit: number;
  credits: number; // 1 single, 2 mfj
  phaseStart: number;
  reduction: number;
  step: number;
  mhstRate: number;
  mhstThreshold: number;
  sdi: number;
}
export interface NyParams {
  std: number;
  brackets: Brackets;
  recapture: RecaptureTier[];
  agiStart: number;
  phaseIn: number;
  flatAgi: number;
  pflRate: number;
  pflMax: number;
  dblRate: number;
  dblMax: number;
}
export interface NycParams {
  brackets: Brackets;
  fixed: number;
  fixedLimit: number;
  reduction: Brackets;
  reductionLimit: number;
}
export interface MaParams {
  rate: number;
  exemption: number;
  ficaMax: number;
  surtaxRate: number;
  surtaxThreshold: number;
  pfml: number;
}
export interface WaParams {
  cares: number;
  pfmlRate: number;
  employerShare: number;
  cgRate?: number;
  cgDeduction?: number;
  cgSurcharge?: number;
}
export interface UkParams {
  pa: number;
  taperThreshold: number;
  withdrawalPct: number;
  brackets: Brackets;
  pt: number;
  uel: number;
  mainRate: number;
  upperRate: number;
  relocationExemption?: number;
}

export interface Compiled {
  setYear: number;
  jurisdiction: JurisdictionId;
  filing: FilingStatus;
  used: Rule[];
  fed?: FederalParams;
  ca?: CaParams;
  ny?: NyParams;
  nyc?: NycParams;
  ma?: MaParams;
  wa?: WaParams;
  uk?: UkParams;
  /** The RULE_NOT_OFFICIAL warning of this set (null: every rule official), once computed. */
  notOfficial?: TaxWarning | null;
}
