import type { CustomDimension, Panel, StoredOffer, StoredProfile, Workspace } from '@/domain';
import { newId } from './ids';
import { uniqueName } from './names';
import { mergePanels } from './panelMerge';

/** What can be merged into a workspace: a whole imported workspace, or a share link. */
export interface MergeSource {
  offers: readonly StoredOffer[];
  profiles: readonly StoredProfile[];
  dimensions?: readonly CustomDimension[];
  fxRates?: Readonly<Record<string, number>>;
  /** Hiring panels; their profile links name profiles in `profiles`. */
  panels?: readonly Panel[];
}

/**
 * The workspace with the source's offers and profiles added under new ids; a clashing name gets a
 * number suffix. Existing data is never changed: known exchange rates win over incoming ones. An
 * incoming dimension whose id is taken by a different dimension (another label) gets a new id,
 * and the incoming ratings, weights, rankings, judgments and must-haves follow it, so nothing is
 * silently relabelled. The result is a candidate for the store's commit, which validates it whole.
 */
export function mergeInto(current: Workspace, source: MergeSource): Workspace {
  const { dimensions, renamed } = mergeDimensions(current.dimensions, source.dimensions ?? []);
  const offerNames = current.offers.map((o) => o.name);
  const offers = source.offers.map((offer) => {
    const name = uniqueName(offer.name, offerNames);
    offerNames.push(name);
    const copy = structuredClone(offer);
    return { ...copy, id: newId('offer'), name, ratings: renameKeys(copy.ratings, renamed) };
  });
  const profileNames = current.profiles.map((p) => p.name);
  const profileIds = new Map<string, string>();
  const profiles = source.profiles.map((profile) => {
    const name = uniqueName(profile.name, profileNames);
    profileNames.push(name);
    profileIds.set(profile.id, newId('profile'));
    return {
      ...renameInProfile(structuredClone(profile), renamed),
      id: profileIds.get(profile.id)!,
      name,
    };
  });
  return {
    ...current,
    offers: [...current.offers, ...offers],
    profiles: [...current.profiles, ...profiles],
    dimensions,
    panels: mergePanels(current.panels, source.panels ?? [], profileIds, renamed),
    fxRates: { ...source.fxRates, ...current.fxRates },
    sample: false,
  };
}

/** Current dimensions plus the new incoming ones; `renamed` maps re-id'd incoming ids. */
function mergeDimensions(
  current: readonly CustomDimension[],
  incoming: readonly CustomDimension[],
): { dimensions: CustomDimension[]; renamed: Map<string, string> } {
  const dimensions = [...current];
  const taken = new Set(current.map((d) => d.id));
  const renamed = new Map<string, string>();
  for (const dimension of incoming) {
    const same = current.find((d) => d.id === dimension.id);
    if (same && same.label.trim().toLowerCase() === dimension.label.trim().toLowerCase()) continue;
    let id = dimension.id;
    for (let n = 2; taken.has(id); n++) id = `${dimension.id.slice(0, 36)}-${n}`;
    if (id !== dimension.id) renamed.set(dimension.id, id);
    taken.add(id);
    dimensions.push({ ...dimension, id });
  }
  return { dimensions, renamed };
}

const renameKeys = <T>(record: Record<string, T>, renamed: ReadonlyMap<string, string>) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [renamed.get(k) ?? k, v]));

function renameInProfile(profile: StoredProfile, renamed: ReadonlyMap<string, string>) {
  if (renamed.size === 0) return profile;
  const rename = (id: string) => renamed.get(id) ?? id;
  return {
    ...profile,
    weights: renameKeys(profile.weights, renamed),
    ranking: profile.ranking.map(rename),
    // Judgments are keyed "a>b".
    pairwise: Object.fromEntries(
      Object.entries(profile.pairwise).map(([key, v]) => [key.split('>').map(rename).join('>'), v]),
    ),
    constraints: profile.constraints.map((c) => ({ ...c, dimension: rename(c.dimension) })),
  };
}
