import * as z from 'zod/mini';
import { currencyCode, dimensionId, finite, optionalText, requiredText } from './common';
import { FinanceSchema } from './finance';
import { OfferSchema } from './offer';
import { ProfileSchema } from './profile';

/** Current stored workspace version. Bump it and append a migration in src/state/migrations.ts. */
export const WORKSPACE_VERSION = 1;

const id = z
  .string()
  .check(z.minLength(1, 'is required'), z.maxLength(64, 'must be at most 64 characters'));

/** A user-defined rated dimension (built-ins live in dimensions.ts). */
export const CustomDimensionSchema = z.object({
  id: dimensionId,
  label: requiredText(40),
  description: optionalText(200),
  anchors: z.prefault(
    z.object({ low: optionalText(120), mid: optionalText(120), high: optionalText(120) }),
    {},
  ),
});

export const StoredOfferSchema = z.extend(OfferSchema, { id });
export const StoredProfileSchema = z.extend(ProfileSchema, { id });

export const WorkspaceSchema = z
  .object({
    schemaVersion: z.literal(WORKSPACE_VERSION),
    offers: z._default(
      z.array(StoredOfferSchema).check(z.maxLength(50, 'at most 50 offers')),
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
    fxRates: z._default(
      z.record(currencyCode, finite().check(z.positive('must be > 0'))),
      () => ({}),
    ),
    /** True while the workspace is the untouched sample. */
    sample: z._default(z.boolean(), false),
  })
  .check(
    z.superRefine((ws, ctx) => {
      const offerIds = new Set<string>();
      ws.offers.forEach((o, i) => {
        if (offerIds.has(o.id))
          ctx.addIssue({ code: 'custom', path: ['offers', i, 'id'], message: 'must be unique' });
        offerIds.add(o.id);
      });
      const profileIds = new Set<string>();
      ws.profiles.forEach((p, i) => {
        if (profileIds.has(p.id))
          ctx.addIssue({ code: 'custom', path: ['profiles', i, 'id'], message: 'must be unique' });
        profileIds.add(p.id);
      });
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
export type CustomDimension = z.output<typeof CustomDimensionSchema>;
