import * as z from 'zod/mini';
import {
  bounded,
  currencyCode,
  dimensionId,
  money,
  optionalText,
  percent,
  requiredText,
  wholeNumber,
  yearMonth,
} from './common';
import { TAX_JURISDICTIONS } from '../tax/types';
import { CapTableSchema, equityCapTableCheck } from './capTable';
import { OfferOutcomeModelSchema } from './outcome';

export const TRACKS = ['research', 'production', 'hybrid'] as const;
/** Where the offer's wages are taxed (docs/design/tax.md), or 'none' when no model applies. */
export const OFFER_LOCATIONS = ['none', ...TAX_JURISDICTIONS] as const;

export const EQUITY_TYPES = ['none', 'rsu', 'options'] as const;
export const VEST_FREQUENCIES = ['monthly', 'quarterly', 'annual'] as const;
/** How the editor takes the initial grant: a share count, or a value converted at the share price. */
export const GRANT_ENTRY_MODES = ['shares', 'value'] as const;

export const CashSchema = z.object({
  base: money(), // yearly, offer currency
  raisePct: z._default(percent(100), 0), // yearly raise, applied from year 2
  bonusTargetPct: z._default(percent(500), 0), // % of that year's base
  bonusPayoutPct: z._default(percent(300), 100), // % of target expected to pay out
  signOn: z._default(money(), 0), // paid in year 1
  signOnYear2: z._default(money(), 0),
  relocation: z._default(money(), 0), // one-time, year 1
  clawbackMonths: z._default(wholeNumber('months', 0, 60), 0),
});

export const VestingSchema = z
  .object({
    years: z._default(wholeNumber('years', 1, 10), 4),
    cliffMonths: z._default(wholeNumber('months', 0), 12),
    frequency: z._default(z.enum(VEST_FREQUENCIES), 'monthly'),
    /** Percent of the grant scheduled in each vesting year; one per year, summing to 100. */
    yearWeights: z.optional(z.array(percent(100))),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.cliffMonths > v.years * 12) {
        ctx.addIssue({
          code: 'custom',
          path: ['cliffMonths'],
          message: `must not exceed the vesting period (${v.years * 12} months)`,
        });
      }
      if (v.yearWeights) {
        if (v.yearWeights.length !== v.years) {
          ctx.addIssue({
            code: 'custom',
            path: ['yearWeights'],
            message: `must have one weight per vesting year (${v.years})`,
          });
        }
        const sum = v.yearWeights.reduce((s, w) => s + w, 0);
        if (Math.abs(sum - 100) > 1e-6) {
          ctx.addIssue({
            code: 'custom',
            path: ['yearWeights'],
            message: `must sum to 100 (they sum to ${Math.round(sum * 100) / 100})`,
          });
        }
      }
    }),
  );

export const RefreshSchema = z.object({
  value: z._default(money(), 0), // value of each refresh grant at grant time
  startYear: z._default(wholeNumber('years', 1, 10), 2),
});

export const EquitySchema = z
  .object({
    type: z._default(z.enum(EQUITY_TYPES), 'none'),
    shares: z._default(money(), 0), // fractional shares allowed
    sharePrice: z._default(money(), 0), // value of one share today
    strikePrice: z._default(money(), 0), // options only
    growthPct: z._default(bounded(-90, 200), 0), // yearly change of the share price
    liquidity: z._default(z.enum(['public', 'private']), 'public'),
    successPct: z._default(percent(100), 100), // chance the shares are ever worth the modeled price
    dilutionPct: z._default(percent(99), 0), // total dilution expected before liquidity
    fullyDilutedShares: z.optional(money().check(z.positive('must be > 0'))), // private: for exit values
    /** Private companies: the 409A fair market value of one common share (default sharePrice). */
    fmvPrice: z.optional(money()),
    /** Months of the initial grant already vested or passed before today (a current job's grant). */
    elapsedMonths: z._default(wholeNumber('months', 0, 120), 0),
    /** Editor only: how the grant was entered, kept across reloads (absent = share count). */
    grantEntry: z.optional(z.enum(GRANT_ENTRY_MODES)),
    /** Editor only: a grant value typed before there was a share price; becomes shares once there is one. */
    pendingGrantValue: z.optional(money()),
    vesting: z.prefault(VestingSchema, {}),
    refresh: z.prefault(RefreshSchema, {}),
    /** Private companies: cap table for the exit waterfall (docs/design/equity.md). */
    capTable: z.optional(CapTableSchema),
    /** Per-unit value never exceeds this multiple of its value at grant (PPU-style cap). */
    unitCapMultiple: z.optional(bounded(0, 1e6).check(z.positive('must be > 0'))),
    /** Profits interests (RSU type): per-unit value max(0, p − thresholdPrice), nothing paid. */
    thresholdPrice: z.optional(money()), // absent = 0 (stored offers stay as they were)
    /** Assumptions of the outcome model for this offer (docs/design/equity.md §5.2). */
    outcome: z.optional(OfferOutcomeModelSchema),
  })
  .check(equityCapTableCheck);

export const BenefitsSchema = z.pipe(
  z.object({
    value: z._default(money(), 0), // yearly value to the employee
    employerCost: z.optional(money()), // yearly cost to the employer; defaults to value
  }),
  z.transform((b) => ({ value: b.value, employerCost: b.employerCost ?? b.value })),
);

export const BandSchema = z.object({ min: money(), mid: money(), max: money() }).check(
  z.refine((b) => b.min <= b.mid && b.mid <= b.max, { message: 'must satisfy min ≤ mid ≤ max' }),
  z.refine((b) => b.max > b.min, { message: 'max must be above min' }),
);

export const OfferSchema = z.object({
  id: z._default(z.string().check(z.maxLength(64)), ''),
  name: requiredText(80),
  company: optionalText(80),
  track: z._default(z.enum(TRACKS), 'hybrid'),
  currency: z._default(currencyCode, 'USD'),
  /** First month of employment, "YYYY-MM" (optional). */
  startDate: z.optional(yearMonth),
  cash: CashSchema,
  equity: z.prefault(EquitySchema, {}),
  benefits: z.prefault(BenefitsSchema, {}),
  /** 0–10 per rated dimension; a missing rating counts as 5. */
  ratings: z._default(z.record(dimensionId, bounded(0, 10)), {}),
  band: z.optional(BandSchema),
  /** Tax location for take-home pay; 'none' ("Not modeled") for old data and places not modeled. */
  location: z._default(z.enum(OFFER_LOCATIONS), 'none'),
  notes: optionalText(5000),
});

export type Offer = z.output<typeof OfferSchema>;
export type OfferInput = z.input<typeof OfferSchema>;
export type Vesting = z.output<typeof VestingSchema>;
export type Equity = z.output<typeof EquitySchema>;
export type Band = z.output<typeof BandSchema>;
export type OfferLocation = (typeof OFFER_LOCATIONS)[number];
export type Track = (typeof TRACKS)[number];
export type EquityType = (typeof EQUITY_TYPES)[number];
export type VestFrequency = (typeof VEST_FREQUENCIES)[number];
export type GrantEntryMode = (typeof GRANT_ENTRY_MODES)[number];
