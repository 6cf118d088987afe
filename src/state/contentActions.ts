import {
  BUILT_IN_DIMENSION_IDS,
  MAX_OFFERS,
  type StoredOffer,
  type StoredProfile,
  type Workspace,
} from '@/domain';
import { newId } from './ids';
import { copyName, uniqueName } from './names';
import { showNotice } from './notices';
import type { EditResult, WorkspaceActions } from './workspaceStore';

/** The actions that change what the workspace holds (history, loading and read-only stay in the store). */
export type ContentActions = Pick<
  WorkspaceActions,
  | 'addOffer'
  | 'updateOffer'
  | 'duplicateOffer'
  | 'moveOffer'
  | 'removeOffer'
  | 'setBaseline'
  | 'addProfile'
  | 'updateProfile'
  | 'removeProfile'
  | 'setActiveProfile'
  | 'updateFinance'
  | 'addDimension'
  | 'updateDimension'
  | 'removeDimension'
  | 'setFxRate'
  | 'setReportingCurrency'
>;

/** Says why no offer can be added, or returns false when there is room. */
function offersFull(ws: Workspace): boolean {
  if (ws.offers.length < MAX_OFFERS) return false;
  showNotice({
    message: `A workspace holds at most ${MAX_OFFERS} offers: remove one (or export the workspace) to add another.`,
    tone: 'error',
  });
  return true;
}

const mapById = <T extends { id: string }>(items: T[], id: string, edit: (item: T) => T): T[] =>
  items.map((item) => (item.id === id ? edit(item) : item));

/** A new item's id, and its name made unique among `siblings` ("Acme" → "Acme 2"). */
const identity = (kind: string, name: string, siblings: readonly { name: string }[]) => ({
  id: newId(kind),
  name: uniqueName(
    name,
    siblings.map((s) => s.name),
  ),
});

/**
 * What each content edit changes, written against the current workspace (`ws`) and the store's
 * `edit`, which validates the patched workspace and records one undo step, or rejects it whole.
 */
export function contentActions(
  ws: () => Workspace,
  edit: (patch: Partial<Workspace>) => EditResult,
): ContentActions {
  return {
    addOffer: (fields = {}) => {
      if (offersFull(ws())) return '';
      const { id, name } = identity('offer', fields.name ?? 'New offer', ws().offers);
      const result = edit({
        offers: [...ws().offers, { cash: { base: 0 }, ...fields, id, name } as StoredOffer],
      });
      return result.ok ? id : '';
    },
    updateOffer: (id, change) => edit({ offers: mapById(ws().offers, id, change) }),
    duplicateOffer: (id, nameSuffix = 'scenario') => {
      const index = ws().offers.findIndex((o) => o.id === id);
      const source = ws().offers[index];
      if (!source || offersFull(ws())) return null;
      const copy: StoredOffer = {
        ...structuredClone(source),
        id: newId('offer'),
        name: copyName(
          source.name,
          nameSuffix,
          ws().offers.map((o) => o.name),
        ),
      };
      const offers = [...ws().offers];
      offers.splice(index + 1, 0, copy);
      return edit({ offers }).ok ? copy.id : null;
    },
    moveOffer: (id, delta) => {
      const offers = [...ws().offers];
      const from = offers.findIndex((o) => o.id === id);
      const to = from + delta;
      if (from < 0 || to < 0 || to >= offers.length) return;
      const [moved] = offers.splice(from, 1);
      offers.splice(to, 0, moved!);
      edit({ offers });
    },
    removeOffer: (id) => {
      const { offers, baselineOfferId } = ws();
      edit({
        offers: offers.filter((o) => o.id !== id),
        baselineOfferId: baselineOfferId === id ? null : baselineOfferId,
      });
    },
    setBaseline: (id) => void edit({ baselineOfferId: id }),

    addProfile: (fields = {}) => {
      const { id, name } = identity('profile', fields.name ?? 'New priorities', ws().profiles);
      const result = edit({
        profiles: [...ws().profiles, { ...fields, id, name } as StoredProfile],
        activeProfileId: id,
      });
      return result.ok ? id : '';
    },
    updateProfile: (id, change) => edit({ profiles: mapById(ws().profiles, id, change) }),
    removeProfile: (id) => {
      const profiles = ws().profiles.filter((p) => p.id !== id);
      if (profiles.length === 0) return; // a workspace always keeps one profile
      const active = ws().activeProfileId === id ? profiles[0]!.id : ws().activeProfileId;
      edit({ profiles, activeProfileId: active });
    },
    setActiveProfile: (id) => void edit({ activeProfileId: id }),

    updateFinance: (change) => edit({ finance: change(ws().finance) }),

    addDimension: (label) => {
      const id = `custom-${newId().slice(0, 8)}`.toLowerCase();
      return edit({
        dimensions: [
          ...ws().dimensions,
          { id, label, description: '', anchors: { low: '', mid: '', high: '' } },
        ],
      }).ok
        ? id
        : null;
    },
    updateDimension: (id, change) => edit({ dimensions: mapById(ws().dimensions, id, change) }),
    removeDimension: (id) => {
      if ((BUILT_IN_DIMENSION_IDS as readonly string[]).includes(id)) return;
      // Drop the dimension's ratings, weights and must-haves so nothing refers to it.
      const strip = <T extends Record<string, number>>(record: T): T => {
        const { [id]: _removed, ...rest } = record;
        return rest as T;
      };
      edit({
        dimensions: ws().dimensions.filter((d) => d.id !== id),
        offers: ws().offers.map((o) => ({ ...o, ratings: strip(o.ratings) })),
        profiles: ws().profiles.map((p) => ({
          ...p,
          weights: strip(p.weights),
          constraints: p.constraints.filter((c) => c.dimension !== id),
          ranking: p.ranking.filter((d) => d !== id),
        })),
      });
    },

    setFxRate: (currency, rate) => {
      const fxRates = { ...ws().fxRates };
      if (rate === null) delete fxRates[currency];
      else fxRates[currency] = rate;
      return edit({ fxRates });
    },
    setReportingCurrency: (currency) => edit({ reportingCurrency: currency }),
  };
}
