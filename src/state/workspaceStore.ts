import { create } from 'zustand';
import {
  WorkspaceSchema,
  issuesOf,
  type CustomDimension,
  type FieldIssue,
  type FinanceAssumptions,
  type StoredOffer,
  type StoredProfile,
  type Workspace,
} from '@/domain';
import { changedLeaves } from './history';
import { mergeInto, type MergeSource } from './merge';
import { uniqueName } from './names';
import { showNotice } from './notices';
import { contentActions } from './contentActions';
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

export { uniqueName };

export const useWorkspaceStore = create<WorkspaceState>()((set, get) => {
  const ws = () => get().workspace;
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
  // Any edit marks the workspace as the user's own: it is no longer the untouched sample.
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

    ...contentActions(ws, edit),
  };
});

/** Selectors that UI code reuses. */
export const selectActiveProfile = (s: WorkspaceState): StoredProfile =>
  s.workspace.profiles.find((p) => p.id === s.workspace.activeProfileId) ??
  s.workspace.profiles[0]!;

export { emptyWorkspace, sampleWorkspace };
