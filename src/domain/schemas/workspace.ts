import * as z from 'zod/mini';
import { currencyCode, dimensionId, fxRateValue, optionalText, requiredText } from './common';
import { RESERVED_DIMENSION_IDS } from '../dimensions';
import { FinanceSchema } from './finance';
import { PanelSchema } from './panel';
import { OfferSchema } from './offer';
import { ProfileSchema } from './profile';

/** Current stored workspace version. Bump it and append a migration in src/state/migrations.ts. */
export const WORKSPACE_VERSION = 2;

/** Compare's limit; a hiring plan of thousands lives in the portfolio instead. */
export const MAX_OFFERS = 50;

const id = z
  .string()
  .check(z.minLength(1, 'is required'), z.maxLength(64, 'must be at most 64 characters'));

/** A user-defined rated dimension (built-ins live in dimensions.ts). */
export const CustomDimensionSchema = z.object({
  id: dimensionId.check(
    z.refine((id) => !RESERVED_DIMENSION_IDS.includes(id), {
      message: `must not be a built-in or reserved id (${RESERVED_DIMENSION_IDS.join(', ')})`,
    }),
  ),
  label: requiredText(40),
  description: optionalText(200),
  anchors: z.prefault(
    z.object({ low: optionalText(120), mid: optionalText(120), high: optionalText(120) }),
    {},
  ),
});

/** Adds a "must be unique" issue for each repeated id in a list; returns the ids. */
export function uniqueIds(
  items: readonly { id: string }[],
  field: string,
  ctx: { addIssue: (issue: { code: 'custom'; path: PropertyKey[]; message: string }) => void },
): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (ids.has(item.id))
      ctx.addIssue({ code: 'custom', path: [field, i, 'id'], message: 'must be unique' });
    ids.add(item.id);
  });
  return ids;
}

/**
 * A user edit of one bundled tax rule (docs/design/tax.md §2): `id` is "<rule-set year>:<rule id>",
 * `value` the new value. Checked against the rule's unit when applied (the tax code loads lazily);
 * an override that does not fit is reported there and not applied.
 */
export const TaxRuleOverrideSchema = z.object({
  id: z
    .string()
    .check(
      z.regex(
        /^\d{4}:[A-Z]{2}(-[A-Z]{2,3})?(\.[A-Za-z0-9_-]+)+$/,
        'must look like "2026:US-CA.sdi"',
      ),
    ),
  value: z.unknown().check(
    z.refine((v) => v !== undefined && JSON.stringify(v).length <= 5000, {
      message: 'must be a value of at most 5,000 characters of JSON',
    }),
  ),
});

export const StoredOfferSchema = z.extend(OfferSchema, { id });
export const StoredProfileSchema = z.extend(ProfileSchema, { id });

export const WorkspaceSchema = z
  .object({
    schemaVersion: z.literal(WORKSPACE_VERSION),
    offers: z._default(
      z.array(StoredOfferSchema).check(z.maxLength(MAX_OFFERS, `at most ${MAX_OFFERS} offers`)),
      () => [],
    ),
    profiles: z
      .array(StoredProfileSchema)
      .check(z.minLength(1, 'needs at least one profile'), z.maxLength(20, 'at most 20 profiles')),
    activeProfileId: id,
    /** The offer (usually the current job) every comparison shows deltas against. */
    baselineOfferId: z._default(z.nullable(z.string()), null),
    finance: z.prefault(FinanceSchema, {}),
    dimensions: z._default(
      z.array(CustomDimensionSchema).check(z.maxLength(10, 'at most 10 custom dimensions')),
      () => [],
    ),
    reportingCurrency: z._default(currencyCode, 'USD'),
    /** Units of the reporting currency per unit of the keyed currency (rebased per profile when scoring). */
    fxRates: z._default(z.record(currencyCode, fxRateValue), () => ({})),
    /** Hiring panels: several people's views of what the candidate wants (schema 2). */
    panels: z._default(z.array(PanelSchema).check(z.maxLength(10, 'at most 10 panels')), () => []),
    /** Edited tax rules (the bundled rules with these values, status "user"). */
    taxRules: z._default(
      z.array(TaxRuleOverrideSchema).check(z.maxLength(200, 'at most 200 edited tax rules')),
      () => [],
    ),
    /** True while the workspace is the untouched sample. */
    sample: z._default(z.boolean(), false),
  })
  .check(
    z.superRefine((ws, ctx) => {
      const offerIds = uniqueIds(ws.offers, 'offers', ctx);
      const profileIds = uniqueIds(ws.profiles, 'profiles', ctx);
      uniqueIds(ws.dimensions, 'dimensions', ctx);
      uniqueIds(ws.panels, 'panels', ctx);
      uniqueIds(ws.taxRules, 'taxRules', ctx);
      if (!profileIds.has(ws.activeProfileId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['activeProfileId'],
          message: 'must name one of the profiles',
        });
      }
      if (ws.baselineOfferId !== null && !offerIds.has(ws.baselineOfferId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['baselineOfferId'],
          message: 'must name one of the offers or be null',
        });
      }
    }),
  );

export type Workspace = z.output<typeof WorkspaceSchema>;
export type WorkspaceInput = z.input<typeof WorkspaceSchema>;
export type StoredOffer = z.output<typeof StoredOfferSchema>;
export type StoredProfile = z.output<typeof StoredProfileSchema>;
export type TaxRuleOverride = z.output<typeof TaxRuleOverrideSchema>;
export type CustomDimension = z.output<typeof CustomDimensionSchema>;
