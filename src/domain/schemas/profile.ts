import { z } from 'zod';
import { currencyCode, dimensionId, finite, money } from './common';

/** Walk-away (floor) and ideal (target) yearly amounts for a money dimension. */
export const ValueRangeSchema = z
  .object({ floor: money(), target: money() })
  .refine((r) => r.target > r.floor, { message: 'target must be above floor', path: ['target'] });

export const ConstraintSchema = z.object({
  dimension: z.union([dimensionId, z.literal('base'), z.literal('totalComp')]),
  min: finite(),
});

export const WEIGHT_METHODS = ['direct', 'rank', 'ahp'] as const;

export const DEFAULT_WEIGHTS = { cash: 1, equity: 1, scope: 1, data: 1, roadmap: 1, commitment: 1 };

export const ProfileSchema = z.object({
  id: z.string().max(64).default(''),
  name: z.string().trim().min(1, 'is required').max(80, 'must be at most 80 characters').default('My priorities'),
  horizonYears: finite().int('must be a whole number of years').min(1, 'must be ≥ 1').max(10, 'must be ≤ 10').default(4),
  currency: currencyCode.default('USD'),
  /** Raw importance per dimension (≥ 0); a missing weight is 0. Normalized when scoring. */
  weights: z
    .record(dimensionId, finite().min(0, 'must be ≥ 0'))
    .default(DEFAULT_WEIGHTS)
    .refine((w) => Object.values(w).some((v) => v > 0), { message: 'at least one weight must be > 0' }),
  money: z
    .object({
      cash: ValueRangeSchema.prefault({ floor: 150_000, target: 450_000 }),
      equity: ValueRangeSchema.prefault({ floor: 0, target: 400_000 }),
    })
    .prefault({}),
  constraints: z.array(ConstraintSchema).default([]),
  /** How the weights were last set; the UI reopens that method. */
  method: z.enum(WEIGHT_METHODS).default('direct'),
  /** Dimension ids, most important first (rank method). */
  ranking: z.array(dimensionId).default([]),
  /** Saaty judgments keyed "a>b" → how much more a matters than b (1/9–9) (AHP method). */
  pairwise: z.record(z.string(), finite().min(1 / 9).max(9)).default({}),
});

export type Profile = z.output<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;
export type Constraint = z.output<typeof ConstraintSchema>;
export type WeightMethod = (typeof WEIGHT_METHODS)[number];
