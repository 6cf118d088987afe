import type { CustomDimension, StoredOffer, StoredProfile, Workspace } from '@/domain';
import { newId } from './ids';
import { uniqueName } from './names';

/** What can be merged into a workspace: a whole imported workspace, or a share link. */
export interface MergeSource {
  offers: readonly StoredOffer[];
  profiles: readonly StoredProfile[];
  dimensions?: readonly CustomDimension[];
  fxRates?: Readonly<Record<string, number>>;
}

/**
 * The workspace with the source's offers and profiles added under new ids; a clashing name gets a
 * number suffix. Existing data is never changed: known dimensions and fx rates win over incoming ones.
 * The result is a candidate for the store's commit, which validates it whole.
 */
export function mergeInto(current: Workspace, source: MergeSource): Workspace {
  const offerNames = current.offers.map((o) => o.name);
  const offers = source.offers.map((offer) => {
    const name = uniqueName(offer.name, offerNames);
    offerNames.push(name);
    return { ...structuredClone(offer), id: newId('offer'), name };
  });
  const profileNames = current.profiles.map((p) => p.name);
  const profiles = source.profiles.map((profile) => {
    const name = uniqueName(profile.name, profileNames);
    profileNames.push(name);
    return { ...structuredClone(profile), id: newId('profile'), name };
  });
  const knownDimensions = new Set(current.dimensions.map((d) => d.id));
  const dimensions = [
    ...current.dimensions,
    ...(source.dimensions ?? []).filter((d) => !knownDimensions.has(d.id)),
  ];
  return {
    ...current,
    offers: [...current.offers, ...offers],
    profiles: [...current.profiles, ...profiles],
    dimensions,
    fxRates: { ...source.fxRates, ...current.fxRates },
    sample: false,
  };
}
