import * as z from 'zod/mini';
import { finite, money, optionalText, percent, requiredText } from './common';

export const PayrollTaxSchema = z.object({
  name: requiredText(80),
  ratePct: percent(100), // employer-side rate on taxable wages
  wageCap: z.optional(money().check(z.positive('must be > 0'))), // wages above this are not taxed
  source: optionalText(200),
});

/** United States employer payroll taxes for 2026; editable assumptions. */
export const US_PAYROLL_TAXES_2026 = [
  {
    name: 'Social Security (OASDI)',
    ratePct: 6.2,
    wageCap: 184_500,
    source: 'SSA, 2026 contribution and benefit base $184,500; employer rate 6.2%',
  },
  {
    name: 'Medicare (HI)',
    ratePct: 1.45,
    source: 'IRS Topic 751: employer Medicare 1.45% of all wages, no cap',
  },
  {
    name: 'Federal unemployment (FUTA)',
    ratePct: 0.6,
    wageCap: 7_000,
    source: 'IRS Form 940: 6.0% less the 5.4% state credit, first $7,000 of wages',
  },
];

export const OptionValuationSchema = z.object({
  volatilityPct: z._default(
    finite().check(z.positive('must be > 0'), z.maximum(300, 'must be ≤ 300')),
    60,
  ),
  riskFreePct: z._default(
    finite().check(z.minimum(-5, 'must be ≥ -5'), z.maximum(30, 'must be ≤ 30')),
    4,
  ),
  expectedTermYears: z._default(
    finite().check(z.positive('must be > 0'), z.maximum(15, 'must be ≤ 15')),
    6.25,
  ),
  dividendPct: z._default(percent(20), 0),
});

export const FinanceSchema = z.object({
  payrollTaxes: z._default(z.array(PayrollTaxSchema), () =>
    US_PAYROLL_TAXES_2026.map((t) => ({ ...t })),
  ),
  optionValuation: z.prefault(OptionValuationSchema, {}),
});

export type FinanceAssumptions = z.output<typeof FinanceSchema>;
export type FinanceInput = z.input<typeof FinanceSchema>;
export type PayrollTax = z.output<typeof PayrollTaxSchema>;
