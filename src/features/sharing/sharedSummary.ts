import {
  WORKSPACE_VERSION,
  WorkspaceSchema,
  summarizeWorkspace,
  type Workspace,
  type WorkspaceSummary,
} from '@/domain';
import type { SharePayload } from './shareCodec';

/** A throwaway workspace holding only what the link carries, so the engine can score it. */
export function sharedWorkspace(payload: SharePayload): Workspace {
  return WorkspaceSchema.parse({
    schemaVersion: WORKSPACE_VERSION,
    offers: payload.offers,
    profiles: [payload.profile],
    activeProfileId: payload.profile.id,
    dimensions: payload.dimensions,
    fxRates: payload.fxRates,
    reportingCurrency: payload.profile.currency,
  });
}

/** Every figure the shared view shows, from the engine, under the shared profile. */
export const summarizeShare = (payload: SharePayload): WorkspaceSummary =>
  summarizeWorkspace(sharedWorkspace(payload));
