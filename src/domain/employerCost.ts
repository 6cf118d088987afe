import type { FinanceAssumptions } from './schemas/finance';
import type { Offer } from './schemas/offer';
import type { EmployerCostYear } from './types';

export function employerCostByYear(offer: Offer, finance: FinanceAssumptions, years: number): EmployerCostYear[] {
  void offer; void finance; void years;
  throw new Error('not implemented yet');
}
