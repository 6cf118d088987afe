import * as z from 'zod/mini';
import { bounded, currencyCode, fxRateValue, money, percent, wholeNumber } from './common';

/** The longest liquidity window the outcome model counts (years). */
export const MAX_WINDOW_YEARS = 15;

const fraction = () => bounded(0, 1);

/** One lognormal component of the exit-value mixture: V = median × exp(sigma × z). */
export const ExitComponentSchema = z.object({
  weightPct: percent(100),
  median: money().check(z.positive('must be > 0')),
  sigma: bounded(0, 5),
});

export const ExitValueModelSchema = z
  .object({
    components: z.array(ExitComponentSchema).check(z.minLength(1, 'needs at least 1 component')),
    medianGrowthPct: z._default(bounded(-90, 200), 0), // yearly growth of every median
  })
  .check(
    z.refine((m) => Math.abs(m.components.reduce((s, c) => s + c.weightPct, 0) - 100) <= 1e-6, {
      message: 'weights must sum to 100',
      path: ['components'],
    }),
  );

/** Tender offers: yearly (by default) company-run sales of a share of what is vested. */
export const TenderModelSchema = z.object({
  firstYear: z._default(wholeNumber('years', 1, MAX_WINDOW_YEARS), 2),
  everyYears: z._default(wholeNumber('years', 1, MAX_WINDOW_YEARS), 1),
  probabilityPct: z._default(percent(100), 100),
  sellFractionPct: z._default(percent(100), 25),
  priceDiscountPct: z._default(percent(100), 0),
  lockupMonths: z._default(wholeNumber('months', 0, 12 * MAX_WINDOW_YEARS), 0),
});

export const POST_EXIT_VESTING = ['continue', 'accelerate', 'cancel'] as const;

export const PrivateOutcomeSchema = z.object({
  /** P(first liquidity event at the end of year k), k = 1..; each ≥ 0, Σ ≤ 1. */
  exitProbByYear: z.optional(
    z.array(fraction()).check(
      z.maxLength(MAX_WINDOW_YEARS, `at most ${MAX_WINDOW_YEARS} years`),
      z.refine((p) => p.reduce((s, x) => s + x, 0) <= 1 + 1e-9, {
        message: 'must sum to at most 1',
      }),
    ),
  ),
  ipoSharePct: z._default(percent(100), 0), // share of exits that are qualified IPOs
  exitValue: z.optional(ExitValueModelSchema),
  postExitVesting: z._default(z.enum(POST_EXIT_VESTING), 'continue'),
  tenders: z.optional(TenderModelSchema),
});

export const PublicOutcomeSchema = z.object({
  volatilityPct: z._default(bounded(0, 200), 35),
  driftPct: z.optional(bounded(-90, 200)), // default equity.growthPct
});

/** Per-offer assumptions of the outcome model (docs/design/equity.md §5.2). */
export const OfferOutcomeModelSchema = z.object({
  public: z.optional(PublicOutcomeSchema),
  private: z.optional(PrivateOutcomeSchema),
});

export const OUTCOME_METRICS = ['totalValue', 'totalComp', 'equity'] as const;
export const OUTCOME_BASES = ['vested', 'realized'] as const;

export const OutcomeModelSchema = z
  .object({
    horizonYears: z._default(wholeNumber('years', 1, 10), 4),
    windowYears: z._default(wholeNumber('years', 1, MAX_WINDOW_YEARS), 10),
    metric: z._default(z.enum(OUTCOME_METRICS), 'totalValue'),
    basis: z._default(z.enum(OUTCOME_BASES), 'vested'),
    currency: z._default(currencyCode, 'USD'),
    fxRates: z.optional(z.record(currencyCode, fxRateValue)),
    marketCorrelationPct: z._default(percent(100), 0),
    offers: z.optional(z.record(z.string(), OfferOutcomeModelSchema)),
  })
  .check(
    z.refine((m) => m.windowYears >= m.horizonYears, {
      message: 'must be ≥ horizonYears',
      path: ['windowYears'],
    }),
  );

export type OfferOutcomeModel = z.output<typeof OfferOutcomeModelSchema>;
export type OutcomeModel = z.output<typeof OutcomeModelSchema>;
export type OutcomeModelInput = z.input<typeof OutcomeModelSchema>;
export type PrivateOutcome = z.output<typeof PrivateOutcomeSchema>;
export type TenderModel = z.output<typeof TenderModelSchema>;
export type ExitComponent = z.output<typeof ExitComponentSchema>;
