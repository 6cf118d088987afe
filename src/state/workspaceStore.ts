import { create } from 'zustand';
import {
  BUILT_IN_DIMENSION_IDS,
  WorkspaceSchema,
  issuesOf,
  type CustomDimension,
  type FieldIssue,
  type FinanceAssumptions,
  type StoredOffer,
  type StoredProfile,
  type Workspace,
} from '@/domain';
import { newId } from './ids';
import { changedLeaves } from './history';
import { mergeInto, type MergeSource } from './merge';
import { uniqueName } from './names';
import { showNotice } from './notices';
import { emptyWorkspace, sampleWorkspace } from './sample';

/** Every edit returns this: a rejected edit leaves the workspace exactly as it was. */
export type EditResult = { ok: true } | { ok: false; issues: FieldIssue[] };

export interface WorkspaceActions {
  /** Validates a whole candidate workspace and applies it, or applies nothing. */
  commit(next: unknown): EditResult;
  loadSample(): void;
  startEmpty(): void;

  addOffer(fields?: Partial<StoredOffer>): string;
  updateOffer(id: string, edit: (offer: StoredOffer) => StoredOffer): EditResult;
  duplicateOffer(id: string, nameSuffix?: string): string | null;
  moveOffer(id: string, delta: number): void;
  removeOffer(id: string): void;
  setBaseline(id: string | null): void;

  addProfile(fields?: Partial<StoredProfile>): string;
  updateProfile(id: string, edit: (profile: StoredProfile) => StoredProfile): EditResult;
  removeProfile(id: string): void;
  setActiveProfile(id: string): void;

  updateFinance(edit: (finance: FinanceAssumptions) => FinanceAssumptions): EditResult;

  addDimension(label: string): string | null;
  updateDimension(id: string, edit: (d: CustomDimension) => CustomDimension): EditResult;
  removeDimension(id: string): void;

  setFxRate(currency: string, rate: number | null): EditResult;
  setReportingCurrency(currency: string): EditResult;

  /** Undo and redo whole-workspace edits. */
  undo(): void;
  redo(): void;

  /** Adds offers and profiles (new ids, clashing names suffixed) from an import or a share link. */
  mergeIn(source: MergeSource): EditResult;
  /** Replaces the workspace without an undo step: loading from storage or from another tab. */
  hydrate(workspace: Workspace): void;
  /** Makes this tab read-only (edits are rejected with this reason), or editable again with null. */
  setReadOnly(reason: string | null): void;
}

export interface WorkspaceState extends WorkspaceActions {
  workspace: Workspace;
  past: Workspace[];
  future: Workspace[];
  /** Why this tab may not edit (it is older than the saved data), or null. */
  readOnlyReason: string | null;
}

const HISTORY_LIMIT = 100;
/** Edits of the same field closer together than this are one undo step (typing 185000). */
export const COALESCE_MS = 1000;

const mapById = <T extends { id: string }>(items: T[], id: string, edit: (item: T) => T): T[] =>
  items.map((item) => (item.id === id ? edit(item) : item));

export { uniqueName };

export const useWorkspaceStore = create<WorkspaceState>()((set, get) => {
  const ws = () => get().workspace;
  // Any edit marks the workspace as the user's own: it is no longer the untouched sample.
  // The last accepted edit: which leaf fields it changed and when, to merge keystrokes.
  let lastEdit: { key: string; at: number } | null = null;
  let lastReadOnlyNotice = 0;
  const rejectReadOnly = (reason: string): EditResult => {
    if (Date.now() - lastReadOnlyNotice > 3000) {
      lastReadOnlyNotice = Date.now();
      showNotice({ message: `Not changed: ${reason}`, tone: 'error' });
    }
    return { ok: false, issues: [{ path: '(root)', message: reason }] };
  };
  const commit = (next: unknown): EditResult => {
    const { workspace, past, readOnlyReason } = get();
    if (readOnlyReason) return rejectReadOnly(readOnlyReason);
    const result = WorkspaceSchema.safeParse(next);
    if (!result.success) return { ok: false, issues: issuesOf(result.error) };
    const leaves = changedLeaves(workspace, result.data);
    const fields = leaves?.filter((path) => path !== 'sample') ?? [];
    // Nothing but the sample flag changed: the edit changed nothing, so no undo step.
    if (leaves !== null && fields.length === 0) return { ok: true };
    const key = fields.length > 0 && fields.length <= 2 ? fields.join('|') : null;
    const now = Date.now();
    const merge =
      key !== null && lastEdit?.key === key && now - lastEdit.at < COALESCE_MS && past.length > 0;
    set({
      workspace: result.data,
      past: merge ? past : [...past, workspace].slice(-HISTORY_LIMIT),
      future: [],
    });
    lastEdit = key === null ? null : { key, at: now };
    return { ok: true };
  };
  const edit = (patch: Partial<Workspace>): EditResult =>
    commit({ ...ws(), ...patch, sample: false });

  return {
    workspace: sampleWorkspace(),
    past: [],
    future: [],
    readOnlyReason: null,
    commit,
    undo: () => {
      const { past, workspace, future, readOnlyReason } = get();
      if (readOnlyReason) return void rejectReadOnly(readOnlyReason);
      lastEdit = null;
      const previous = past.at(-1);
      if (previous)
        set({ workspace: previous, past: past.slice(0, -1), future: [workspace, ...future] });
    },
    redo: () => {
      const { past, workspace, future, readOnlyReason } = get();
      if (readOnlyReason) return void rejectReadOnly(readOnlyReason);
      lastEdit = null;
      const next = future[0];
      if (next) set({ workspace: next, past: [...past, workspace], future: future.slice(1) });
    },
    mergeIn: (source) => commit(mergeInto(ws(), source)),
    hydrate: (workspace) => {
      lastEdit = null;
      set({ workspace, past: [], future: [] });
    },
    setReadOnly: (reason) => set({ readOnlyReason: reason }),
    loadSample: () => void commit(sampleWorkspace()),
    startEmpty: () => void commit(emptyWorkspace()),

    addOffer: (fields = {}) => {
      const id = newId('offer');
      const name = uniqueName(
        fields.name ?? 'New offer',
        ws().offers.map((o) => o.name),
      );
      const result = edit({
        offers: [...ws().offers, { cash: { base: 0 }, ...fields, id, name } as StoredOffer],
      });
      return result.ok ? id : '';
    },
    updateOffer: (id, change) => edit({ offers: mapById(ws().offers, id, change) }),
    duplicateOffer: (id, nameSuffix = 'scenario') => {
      const index = ws().offers.findIndex((o) => o.id === id);
      const source = ws().offers[index];
      if (!source) return null;
      const copy: StoredOffer = {
        ...structuredClone(source),
        id: newId('offer'),
        name: uniqueName(
          `${source.name} — ${nameSuffix}`.slice(0, 80),
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
      const id = newId('profile');
      const name = uniqueName(
        fields.name ?? 'New priorities',
        ws().profiles.map((p) => p.name),
      );
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
});

/** Selectors that UI code reuses. */
export const selectActiveProfile = (s: WorkspaceState): StoredProfile =>
  s.workspace.profiles.find((p) => p.id === s.workspace.activeProfileId) ??
  s.workspace.profiles[0]!;

export { emptyWorkspace, sampleWorkspace };
