import { z } from 'zod';
import { finite, money, percent } from './common';

export const PayrollTaxSchema = z.object({
  name: z.string().trim().min(1, 'is required').max(80),
  ratePct: percent(100), // employer-side rate on taxable wages
  wageCap: money().positive('must be > 0').optional(), // wages above this are not taxed
  source: z.string().max(200).default(''),
});

/** United States employer payroll taxes for 2026; editable assumptions. */
export const US_PAYROLL_TAXES_2026 = [
  { name: 'Social Security (OASDI)', ratePct: 6.2, wageCap: 184_500, source: 'SSA, 2026 contribution and benefit base $184,500; employer rate 6.2%' },
  { name: 'Medicare (HI)', ratePct: 1.45, source: 'IRS Topic 751: employer Medicare 1.45% of all wages, no cap' },
  { name: 'Federal unemployment (FUTA)', ratePct: 0.6, wageCap: 7_000, source: 'IRS Form 940: 6.0% less the 5.4% state credit, first $7,000 of wages' },
];

export const OptionValuationSchema = z.object({
  volatilityPct: finite().positive('must be > 0').max(300, 'must be ≤ 300').default(60),
  riskFreePct: finite().min(-5, 'must be ≥ -5').max(30, 'must be ≤ 30').default(4),
  expectedTermYears: finite().positive('must be > 0').max(15, 'must be ≤ 15').default(6.25),
  dividendPct: percent(20).default(0),
});

export const FinanceSchema = z.object({
  payrollTaxes: z.array(PayrollTaxSchema).default(US_PAYROLL_TAXES_2026),
  optionValuation: OptionValuationSchema.prefault({}),
});

export type FinanceAssumptions = z.output<typeof FinanceSchema>;
export type FinanceInput = z.input<typeof FinanceSchema>;
export type PayrollTax = z.output<typeof PayrollTaxSchema>;
