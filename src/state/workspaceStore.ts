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
import { changedKeys, fromRecords, toRecords, withRecordsFrom } from './sync/records';
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

  /** Replaces the workspace and clears the history: loading from storage at start-up. */
  hydrate(workspace: Workspace): void;
  /**
   * Shows what another tab changed (already merged with this tab's edits), keeping this tab's
   * undo history: undo still reverts this tab's own last edit and leaves the other tab's alone.
   */
  applyRemote(workspace: Workspace): void;
  /** Makes this tab read-only (edits are rejected with this reason), or editable again with null. */
  setReadOnly(reason: string | null): void;
}

/** One undo step: the workspace just before and just after one edit (or a burst of typing). */
export interface HistoryStep {
  before: Workspace;
  after: Workspace;
}

export interface WorkspaceState extends WorkspaceActions {
  workspace: Workspace;
  past: HistoryStep[];
  future: HistoryStep[];
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
    const step: HistoryStep = merge
      ? { before: past.at(-1)!.before, after: result.data }
      : { before: workspace, after: result.data };
    set({
      workspace: result.data,
      past: [...(merge ? past.slice(0, -1) : past), step].slice(-HISTORY_LIMIT),
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
      const { past, future, readOnlyReason } = get();
      if (readOnlyReason) return void rejectReadOnly(readOnlyReason);
      lastEdit = null;
      const step = past.at(-1);
      if (!step) return;
      const workspace = replay(get().workspace, step.after, step.before);
      if (workspace) set({ workspace, past: past.slice(0, -1), future: [step, ...future] });
    },
    redo: () => {
      const { past, future, readOnlyReason } = get();
      if (readOnlyReason) return void rejectReadOnly(readOnlyReason);
      lastEdit = null;
      const step = future[0];
      if (!step) return;
      const workspace = replay(get().workspace, step.before, step.after);
      if (workspace) set({ workspace, past: [...past, step], future: future.slice(1) });
    },
    hydrate: (workspace) => {
      lastEdit = null;
      set({ workspace, past: [], future: [] });
    },
    applyRemote: (workspace) => {
      lastEdit = null;
      set({ workspace });
    },
    setReadOnly: (reason) => set({ readOnlyReason: reason }),
    loadSample: () => void commit(sampleWorkspace()),
    startEmpty: () => void commit(emptyWorkspace()),

    ...contentActions(ws, edit),
  };
});

/**
 * `current` with the records one step changed (from `from` to `to`) set as in `to`: undo and redo
 * touch only that step's records, so what another tab changed since stays. Null (and a notice)
 * when the result is not a valid workspace, e.g. the other tab filled the last free offer slot.
 */
function replay(current: Workspace, from: Workspace, to: Workspace): Workspace | null {
  const target = toRecords(to);
  const keys = changedKeys(toRecords(from), target);
  const candidate = fromRecords(withRecordsFrom(toRecords(current), target, keys), to);
  const result = WorkspaceSchema.safeParse(candidate);
  if (result.success) return result.data;
  const first = issuesOf(result.error)[0];
  showNotice({
    message: `Could not undo or redo: ${first ? `${first.path}: ${first.message}` : 'the result would be invalid'}.`,
    tone: 'error',
  });
  return null;
}

/** Selectors that UI code reuses. */
export const selectActiveProfile = (s: WorkspaceState): StoredProfile =>
  s.workspace.profiles.find((p) => p.id === s.workspace.activeProfileId) ??
  s.workspace.profiles[0]!;

export { emptyWorkspace, sampleWorkspace };
