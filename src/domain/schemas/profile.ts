import * as z from 'zod/mini';
import {
  MAX_AMOUNT,
  bounded,
  currencyCode,
  dimensionId,
  finite,
  money,
  requiredText,
  wholeNumber,
} from './common';

/** Walk-away (floor) and ideal (target) yearly amounts for a money dimension. */
export const ValueRangeSchema = z.object({ floor: money(), target: money() }).check(
  z.refine((r) => r.target > r.floor, {
    message: 'target must be above floor',
    path: ['target'],
  }),
);

export const ConstraintSchema = z.object({
  dimension: z.union([dimensionId, z.literal('base'), z.literal('totalComp')]),
  min: bounded(0, MAX_AMOUNT), // a rating (0–10) or a yearly amount
});

/** The largest raw weight: the sliders' top; ranking and pairwise weights are fractions. */
export const MAX_WEIGHT = 100;

export const WEIGHT_METHODS = ['direct', 'rank', 'ahp'] as const;

export const DEFAULT_WEIGHTS = { cash: 1, equity: 1, scope: 1, data: 1, roadmap: 1, commitment: 1 };

/** Tax filing status (docs/design/tax.md §1): single, or married filing jointly with the spouse's wages. */
export const FILING_STATUS_IDS = ['single', 'mfj'] as const;
export const FilingSchema = z.object({
  status: z._default(z.enum(FILING_STATUS_IDS), 'single'),
  /** Married filing jointly: the spouse's yearly W-2 wages (all employers), in USD. */
  spouseWages: z._default(money(), 0),
});

export const ProfileSchema = z.object({
  id: z._default(z.string().check(z.maxLength(64)), ''),
  name: z._default(requiredText(80), 'My priorities'),
  horizonYears: z._default(wholeNumber('years', 1, 10), 4),
  currency: z._default(currencyCode, 'USD'),
  /** Raw importance per dimension (≥ 0); a missing weight is 0. Normalized when scoring. */
  weights: z._default(
    z.record(dimensionId, bounded(0, MAX_WEIGHT)).check(
      z.refine((w) => Object.values(w).some((v) => v > 0), {
        message: 'at least one weight must be > 0',
      }),
    ),
    () => ({ ...DEFAULT_WEIGHTS }),
  ),
  money: z.prefault(
    z.object({
      cash: z.prefault(ValueRangeSchema, { floor: 150_000, target: 450_000 }),
      equity: z.prefault(ValueRangeSchema, { floor: 0, target: 400_000 }),
    }),
    {},
  ),
  constraints: z._default(z.array(ConstraintSchema), () => []),
  /** How the weights were last set; the UI reopens that method. */
  method: z._default(z.enum(WEIGHT_METHODS), 'direct'),
  /** Dimension ids, most important first (rank method). */
  ranking: z._default(z.array(dimensionId), () => []),
  /** Saaty judgments keyed "a>b" → how much more a matters than b (1/9–9) (AHP method). */
  pairwise: z._default(
    z.record(
      z.string(),
      finite().check(z.minimum(1 / 9, 'must be ≥ 1/9'), z.maximum(9, 'must be ≤ 9')),
    ),
    () => ({}),
  ),
  filing: z.prefault(FilingSchema, {}),
  /** Score cash on take-home pay (after tax); walk-away and ideal then read as after tax. */
  scoreOnTakeHome: z._default(z.boolean(), false),
});

export type Profile = z.output<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;
export type Filing = z.output<typeof FilingSchema>;
export type Constraint = z.output<typeof ConstraintSchema>;
export type WeightMethod = (typeof WEIGHT_METHODS)[number];
