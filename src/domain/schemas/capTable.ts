import * as z from 'zod/mini';
import { bounded, money, optionalText, percent, requiredText } from './common';

/** A count or amount that must be strictly positive (shares, prices). */
const positive = () => money().check(z.positive('must be > 0'));
/** A multiple of the amount invested (preference, cap): 0–1,000. */
const multiple = () => bounded(0, 1000);
/** Seniority: a higher number is paid earlier, equal numbers are pari passu (Open Cap Format). */
const seniority = () => bounded(-1000, 1000);

/**
 * One preferred series. Give `invested` or `issuePrice` (invested = issuePrice × shares); the
 * parsed series always carries `invested`. `capMultiple` is a total (preference + participation)
 * as a multiple of `invested`, participating series only; null = uncapped.
 */
export const PreferredSeriesSchema = z.pipe(
  z
    .object({
      name: requiredText(80),
      shares: positive(),
      invested: z.optional(money()),
      issuePrice: z.optional(money()),
      prefMultiple: z._default(multiple(), 1),
      participating: z._default(z.boolean(), false),
      capMultiple: z._default(z.nullable(multiple()), null),
      seniority: z._default(seniority(), 0),
      conversionRatio: z._default(positive(), 1), // common shares per preferred share
      accruedDividends: z._default(money(), 0), // added to the preference
      convertible: z._default(z.boolean(), true),
    })
    .check(
      z.superRefine((s, ctx) => {
        if (s.invested === undefined && s.issuePrice === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['invested'],
            message: 'give invested or issuePrice',
          });
        if (s.invested !== undefined && s.issuePrice !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['issuePrice'],
            message: 'give invested or issuePrice, not both',
          });
        if (s.capMultiple !== null && !s.participating)
          ctx.addIssue({
            code: 'custom',
            path: ['capMultiple'],
            message: 'needs participating = true',
          });
        if (s.capMultiple !== null && s.capMultiple < s.prefMultiple)
          ctx.addIssue({
            code: 'custom',
            path: ['capMultiple'],
            message: `must be ≥ prefMultiple (${s.prefMultiple})`,
          });
      }),
    ),
  z.transform(({ issuePrice, invested, ...s }) => ({
    ...s,
    invested: invested ?? (issuePrice ?? 0) * s.shares,
  })),
);

/** Outstanding options or warrants on common, vested or not (the unallocated pool is not one). */
export const OptionTrancheSchema = z.object({
  name: requiredText(80),
  count: money(),
  strike: money(),
});

export const FUTURE_ROUND_KINDS = ['preferred', 'common'] as const;

/**
 * A round expected before the exit: closes at the end of `year`; `dilutionPct` of the post-round
 * fully diluted count is new. Preferred rounds give `preMoney` or `invested`
 * (invested = preMoney × d / (1 − d)); common rounds are future option grants at `strike`.
 */
export const FutureRoundSchema = z
  .object({
    name: optionalText(80),
    year: bounded(0, 50).check(z.positive('must be > 0')),
    dilutionPct: bounded(0, 90).check(z.positive('must be > 0')),
    kind: z._default(z.enum(FUTURE_ROUND_KINDS), 'preferred'),
    preMoney: z.optional(positive()),
    invested: z.optional(positive()),
    prefMultiple: z._default(multiple(), 1),
    participating: z._default(z.boolean(), false),
    capMultiple: z._default(z.nullable(multiple()), null),
    seniority: z.optional(seniority()), // default from the table's `stacking`
    strike: z._default(money(), 0), // "common" rounds: strike of the options granted
  })
  .check(
    z.superRefine((r, ctx) => {
      if (r.kind === 'preferred' && r.preMoney === undefined && r.invested === undefined)
        ctx.addIssue({ code: 'custom', path: [], message: 'give preMoney or invested' });
      if (r.preMoney !== undefined && r.invested !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['invested'],
          message: 'give preMoney or invested, not both',
        });
      if (r.capMultiple !== null && !r.participating)
        ctx.addIssue({
          code: 'custom',
          path: ['capMultiple'],
          message: 'needs participating = true',
        });
      if (r.capMultiple !== null && r.capMultiple < r.prefMultiple)
        ctx.addIssue({
          code: 'custom',
          path: ['capMultiple'],
          message: `must be ≥ prefMultiple (${r.prefMultiple})`,
        });
    }),
  );

export const STACKINGS = ['pariPassu', 'standard'] as const;

/** A private company's capitalization today (docs/design/equity.md §2). */
export const CapTableSchema = z
  .object({
    commonShares: positive(), // founders, employees, exercised options, settled RSUs
    series: z._default(z.array(PreferredSeriesSchema), () => []),
    optionTranches: z._default(z.array(OptionTrancheSchema), () => []),
    unallocatedPool: z._default(money(), 0), // prices future rounds only
    includesGrant: z._default(z.boolean(), false), // false: the engine adds this offer's grant
    stacking: z._default(z.enum(STACKINGS), 'pariPassu'), // default seniority of future series
    futureRounds: z._default(z.array(FutureRoundSchema), () => []),
    netDebt: z._default(money(), 0), // debt repaid and cash kept out of the deal
    transactionFeePct: z._default(percent(50), 0), // % of the exit value
    carveOutPct: z._default(percent(50), 0), // % of the exit value to a carve-out plan
  })
  .check(
    z.superRefine((t, ctx) => {
      const seen = new Set<string>();
      t.series.forEach((s, i) => {
        if (seen.has(s.name))
          ctx.addIssue({
            code: 'custom',
            path: ['series', i, 'name'],
            message: `must be unique in the table (${s.name} is used twice)`,
          });
        seen.add(s.name);
      });
      if (t.transactionFeePct + t.carveOutPct > 100)
        ctx.addIssue({
          code: 'custom',
          path: ['carveOutPct'],
          message: 'with transactionFeePct must not exceed 100',
        });
    }),
  );

export type PreferredSeries = z.output<typeof PreferredSeriesSchema>;
export type PreferredSeriesInput = z.input<typeof PreferredSeriesSchema>;
export type OptionTranche = z.output<typeof OptionTrancheSchema>;
export type FutureRound = z.output<typeof FutureRoundSchema>;
export type CapTable = z.output<typeof CapTableSchema>;
export type CapTableInput = z.input<typeof CapTableSchema>;

interface EquityCapFields {
  type: string;
  dilutionPct: number;
  capTable?: CapTable | undefined;
  thresholdPrice?: number | undefined;
  unitCapMultiple?: number | undefined;
}

/** Cross-field rules of the equity fields this spec adds (docs/design/equity.md §2). */
export const equityCapTableCheck = z.superRefine((eq: EquityCapFields, ctx) => {
  if (eq.capTable && eq.dilutionPct > 0)
    ctx.addIssue({
      code: 'custom',
      path: ['dilutionPct'],
      message: 'use equity.capTable.futureRounds when a cap table is given',
    });
  if ((eq.thresholdPrice ?? 0) > 0 && eq.type !== 'rsu')
    ctx.addIssue({
      code: 'custom',
      path: ['thresholdPrice'],
      message: 'only for type rsu (a profits interest pays no exercise price)',
    });
});
