/** What each jurisdiction module returns: a line's unrounded amount, its rules and its formula. */
import type { FilingStatus } from './types';

/** The people whose wages are taxed: the candidate and, for US mfj, the spouse (else 0). */
export interface Earners {
  own: number; // candidate wages: salary + bonus + sign-on + relocation + RSU vests + NSO spread
  spouse: number;
  filing: FilingStatus;
}

export const agiOf = (e: Earners): number => e.own + e.spouse;

export interface RawLine {
  id: string;
  label: string;
  amount: number; // full precision; rounded once, in takeHome
  ruleIds: string[];
  /** The filled-in formula, given the line's rounded amount (built only for reported lines). */
  explain: (rounded: string) => string;
}
