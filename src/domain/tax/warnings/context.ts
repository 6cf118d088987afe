/** What each warning rule looks at for one tax year. */
import type { Earners } from '../lines';
import type { Compiled } from '../params';
import type { ParsedTaxYearWages } from '../schema';
import type { TaxLine, TaxWarning } from '../types';

export interface YearContext {
  w: ParsedTaxYearWages;
  e: Earners;
  c: Compiled;
  lines: TaxLine[]; // rounded
  currency: 'USD' | 'GBP';
}

export type WarningRule = (ctx: YearContext) => TaxWarning | null;

/** Supplemental (non-salary) wages: bonus, sign-on, relocation, RSU vests, NSO spread. */
export const supplementalWages = (w: ParsedTaxYearWages): number =>
  (w.bonus ?? 0) + (w.signOn ?? 0) + (w.relocation ?? 0) + (w.rsuVest ?? 0) + (w.nsoSpread ?? 0);

/** Shares acquired this year (vested RSUs, exercised options): later sales give capital gains. */
export const sharesAcquired = (w: ParsedTaxYearWages): boolean =>
  (w.rsuVest ?? 0) + (w.nsoSpread ?? 0) + (w.isoSpread ?? 0) > 0;
