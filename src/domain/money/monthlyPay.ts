import type { Offer } from '../schemas/offer';
import { grantsWithin, priceAtMonth } from './grants';

/**
 * What is paid in one month of employment (month m = 1, 2, …; employment year ceil(m/12)), in the
 * offer's currency. The month grid of DESIGN.md's calendar-year wage caps and of tax.md §3:
 * salary spread evenly over the months of each employment year, sign-on and relocation in month 1
 * (the second-year sign-on in month 13), the bonus in month 12 of each employment year, and each
 * RSU vest in its vest month at its paper value (price(m) × units, no dilution or success
 * adjustment: what payroll sees).
 */
export interface MonthPay {
  month: number;
  salary: number;
  bonus: number;
  signOn: number;
  relocation: number;
  /** Paper value of the RSUs (initial and refresh grants) vesting this month; 0 for options. */
  rsuVestPaper: number;
}

/** One row per employment month 1..12 × years. */
export function monthlyPay(offer: Offer, years: number): MonthPay[] {
  const n = Number.isFinite(years) ? Math.max(0, Math.floor(years)) : 0;
  const cash = offer.cash;
  const months: MonthPay[] = [];
  let base = 0;
  for (let m = 1; m <= 12 * n; m++) {
    const k = Math.ceil(m / 12);
    if (m % 12 === 1) base = cash.base * Math.pow(1 + cash.raisePct / 100, k - 1); // base_k, yearly
    months.push({
      month: m,
      salary: base / 12,
      bonus: m % 12 === 0 ? ((base * cash.bonusTargetPct) / 100) * (cash.bonusPayoutPct / 100) : 0,
      signOn: m === 1 ? cash.signOn : m === 13 ? cash.signOnYear2 : 0,
      relocation: m === 1 ? cash.relocation : 0,
      rsuVestPaper: 0,
    });
  }
  if (offer.equity.type !== 'rsu') return months;
  const prices = new Float64Array(12 * n + 1); // priceAtMonth(offer, m) once per month (0: not yet)
  for (const grant of grantsWithin(offer, n)) {
    for (const vest of grant.vests) {
      const m = grant.grantMonth + vest.month;
      const row = months[m - 1];
      if (!row) break;
      const price = prices[m] || (prices[m] = priceAtMonth(offer, m));
      row.rsuVestPaper += grant.shares * vest.fraction * price;
    }
  }
  return months;
}

/** Calendar position of employment month m for a "YYYY-MM" start: { year, month (1–12) }. */
export function calendarMonth(startDate: string, m: number): { year: number; month: number } {
  const startYear = Number(startDate.slice(0, 4));
  const startMonth = Number(startDate.slice(5, 7));
  const offset = startMonth - 1 + m - 1; // months since January of the start year
  return { year: startYear + Math.floor(offset / 12), month: (offset % 12) + 1 };
}
