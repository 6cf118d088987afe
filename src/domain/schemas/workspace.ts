import { z } from 'zod';
import { currencyCode, dimensionId, finite } from './common';
import { FinanceSchema } from './finance';
import { OfferSchema } from './offer';
import { ProfileSchema } from './profile';

/** Current stored workspace version. Bump it and append a migration in src/state/migrations.ts. */
export const WORKSPACE_VERSION = 1;

const id = z.string().min(1, 'is required').max(64);

/** A user-defined rated dimension (built-ins live in dimensions.ts). */
export const CustomDimensionSchema = z.object({
  id: dimensionId,
  label: z.string().trim().min(1, 'is required').max(40, 'must be at most 40 characters'),
  description: z.string().max(200).default(''),
  anchors: z
    .object({ low: z.string().max(120).default(''), mid: z.string().max(120).default(''), high: z.string().max(120).default('') })
    .prefault({}),
});

export const StoredOfferSchema = OfferSchema.extend({ id });
export const StoredProfileSchema = ProfileSchema.extend({ id });

export const WorkspaceSchema = z
  .object({
    schemaVersion: z.literal(WORKSPACE_VERSION),
    offers: z.array(StoredOfferSchema).max(50, 'at most 50 offers').default([]),
    profiles: z.array(StoredProfileSchema).min(1, 'needs at least one profile').max(20, 'at most 20 profiles'),
    activeProfileId: id,
    /** The offer (usually the current job) every comparison shows deltas against. */
    baselineOfferId: z.string().nullable().default(null),
    finance: FinanceSchema.prefault({}),
    dimensions: z.array(CustomDimensionSchema).max(10, 'at most 10 custom dimensions').default([]),
    reportingCurrency: currencyCode.default('USD'),
    /** Units of a profile's currency per unit of the keyed currency. */
    fxRates: z.record(currencyCode, finite().positive('must be > 0')).default({}),
    /** True while the workspace is the untouched sample. */
    sample: z.boolean().default(false),
  })
  .superRefine((ws, ctx) => {
    const offerIds = new Set<string>();
    ws.offers.forEach((o, i) => {
      if (offerIds.has(o.id)) ctx.addIssue({ code: 'custom', path: ['offers', i, 'id'], message: 'must be unique' });
      offerIds.add(o.id);
    });
    const profileIds = new Set<string>();
    ws.profiles.forEach((p, i) => {
      if (profileIds.has(p.id)) ctx.addIssue({ code: 'custom', path: ['profiles', i, 'id'], message: 'must be unique' });
      profileIds.add(p.id);
    });
    if (!profileIds.has(ws.activeProfileId)) {
      ctx.addIssue({ code: 'custom', path: ['activeProfileId'], message: 'must name one of the profiles' });
    }
    if (ws.baselineOfferId !== null && !offerIds.has(ws.baselineOfferId)) {
      ctx.addIssue({ code: 'custom', path: ['baselineOfferId'], message: 'must name one of the offers or be null' });
    }
  });

export type Workspace = z.output<typeof WorkspaceSchema>;
export type WorkspaceInput = z.input<typeof WorkspaceSchema>;
export type StoredOffer = z.output<typeof StoredOfferSchema>;
export type StoredProfile = z.output<typeof StoredProfileSchema>;
export type CustomDimension = z.output<typeof CustomDimensionSchema>;
