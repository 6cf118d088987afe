import { z } from 'zod';
import { currencyCode, dimensionId, finite, money, percent } from './common';

export const TRACKS = ['research', 'production', 'hybrid'] as const;
export const EQUITY_TYPES = ['none', 'rsu', 'options'] as const;
export const VEST_FREQUENCIES = ['monthly', 'quarterly', 'annual'] as const;

export const CashSchema = z.object({
  base: money(), // yearly, offer currency
  raisePct: percent(100).default(0), // yearly raise, applied from year 2
  bonusTargetPct: percent(500).default(0), // % of that year's base
  bonusPayoutPct: percent(300).default(100), // % of target expected to pay out
  signOn: money().default(0), // paid in year 1
  signOnYear2: money().default(0),
  relocation: money().default(0), // one-time, year 1
  clawbackMonths: finite().int('must be a whole number of months').min(0, 'must be ≥ 0').max(60, 'must be ≤ 60').default(0),
});

export const VestingSchema = z
  .object({
    years: finite().int('must be a whole number of years').min(1, 'must be ≥ 1').max(10, 'must be ≤ 10').default(4),
    cliffMonths: finite().int('must be a whole number of months').min(0, 'must be ≥ 0').default(12),
    frequency: z.enum(VEST_FREQUENCIES).default('monthly'),
    /** Percent of the grant scheduled in each vesting year; one per year, summing to 100. */
    yearWeights: z.array(percent(100)).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.cliffMonths > v.years * 12) {
      ctx.addIssue({ code: 'custom', path: ['cliffMonths'], message: `must not exceed the vesting period (${v.years * 12} months)` });
    }
    if (v.yearWeights) {
      if (v.yearWeights.length !== v.years) {
        ctx.addIssue({ code: 'custom', path: ['yearWeights'], message: `must have one weight per vesting year (${v.years})` });
      }
      const sum = v.yearWeights.reduce((s, w) => s + w, 0);
      if (Math.abs(sum - 100) > 1e-6) {
        ctx.addIssue({ code: 'custom', path: ['yearWeights'], message: `must sum to 100 (they sum to ${Math.round(sum * 100) / 100})` });
      }
    }
  });

export const RefreshSchema = z.object({
  value: money().default(0), // value of each refresh grant at grant time
  startYear: finite().int('must be a whole year').min(1, 'must be ≥ 1').max(10, 'must be ≤ 10').default(2),
});

export const EquitySchema = z.object({
  type: z.enum(EQUITY_TYPES).default('none'),
  shares: money().default(0), // fractional shares allowed
  sharePrice: money().default(0), // value of one share today
  strikePrice: money().default(0), // options only
  growthPct: finite().min(-90, 'must be ≥ -90').max(200, 'must be ≤ 200').default(0), // yearly change of the share price
  liquidity: z.enum(['public', 'private']).default('public'),
  successPct: percent(100).default(100), // chance the shares are ever worth the modeled price
  dilutionPct: percent(99).default(0), // total dilution expected before liquidity
  fullyDilutedShares: finite().positive('must be > 0').optional(), // private: for exit values
  vesting: VestingSchema.prefault({}),
  refresh: RefreshSchema.prefault({}),
});

export const BenefitsSchema = z
  .object({
    value: money().default(0), // yearly value to the employee
    employerCost: money().optional(), // yearly cost to the employer; defaults to value
  })
  .transform((b) => ({ value: b.value, employerCost: b.employerCost ?? b.value }));

export const BandSchema = z
  .object({ min: money(), mid: money(), max: money() })
  .refine((b) => b.min <= b.mid && b.mid <= b.max, { message: 'must satisfy min ≤ mid ≤ max' })
  .refine((b) => b.max > b.min, { message: 'max must be above min' });

export const OfferSchema = z.object({
  id: z.string().max(64).default(''),
  name: z.string().trim().min(1, 'is required').max(80, 'must be at most 80 characters'),
  company: z.string().max(80, 'must be at most 80 characters').default(''),
  track: z.enum(TRACKS).default('hybrid'),
  currency: currencyCode.default('USD'),
  cash: CashSchema,
  equity: EquitySchema.prefault({}),
  benefits: BenefitsSchema.prefault({}),
  /** 0–10 per rated dimension; a missing rating counts as 5. */
  ratings: z.record(dimensionId, finite().min(0, 'must be ≥ 0').max(10, 'must be ≤ 10')).default({}),
  band: BandSchema.optional(),
  notes: z.string().max(5000, 'must be at most 5000 characters').default(''),
});

export type Offer = z.output<typeof OfferSchema>;
export type OfferInput = z.input<typeof OfferSchema>;
export type Vesting = z.output<typeof VestingSchema>;
export type Equity = z.output<typeof EquitySchema>;
export type Band = z.output<typeof BandSchema>;
export type Track = (typeof TRACKS)[number];
export type EquityType = (typeof EQUITY_TYPES)[number];
export type VestFrequency = (typeof VEST_FREQUENCIES)[number];
