import type { Offer } from './schemas/offer';
import type { YearBreakdown } from './types';

/** One row per year k = 1..years; see DESIGN.md "Vesting and the year breakdown". */
export function compensationByYear(offer: Offer, years: number): YearBreakdown[] {
  void offer; void years;
  throw new Error('not implemented yet');
}
