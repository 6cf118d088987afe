import type { Offer } from '@/domain';

/** One stretch of months in which leaving costs the same repayment. */
export interface ClawbackStep {
  /** Months of employment, first and last (1-based, inclusive): leaving in these months… */
  fromMonth: number;
  toMonth: number;
  /** …repays this much (offer currency): the sign-on paid so far. */
  repay: number;
}

/**
 * What leaving early costs under a sign-on clawback of N = cash.clawbackMonths months, assuming
 * the whole sign-on paid so far is repaid (no proration):
 * - the year-1 sign-on is paid in month 1, so leaving in months 1..min(N, 12) repays it;
 * - the year-2 sign-on is paid in month 13, so when N > 12 leaving in months 13..N repays both.
 * Empty when there is no clawback window or no sign-on to repay.
 */
export function clawbackSteps(cash: Offer['cash']): ClawbackStep[] {
  const n = cash.clawbackMonths;
  if (!(n > 0)) return [];
  // Without a year-2 installment the repayment is the same over the whole window: one step.
  if (n <= 12 || cash.signOnYear2 === 0)
    return cash.signOn > 0 ? [{ fromMonth: 1, toMonth: n, repay: cash.signOn }] : [];
  const steps: ClawbackStep[] = [];
  if (cash.signOn > 0) steps.push({ fromMonth: 1, toMonth: 12, repay: cash.signOn });
  steps.push({ fromMonth: 13, toMonth: n, repay: cash.signOn + cash.signOnYear2 });
  return steps;
}

/** The most leaving early can cost: the largest repayment in the window (0 when none). */
export function clawbackAtMost(cash: Offer['cash']): number {
  return clawbackSteps(cash).reduce((most, s) => Math.max(most, s.repay), 0);
}
