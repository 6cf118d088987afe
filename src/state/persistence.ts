import { create } from 'zustand';
import { WORKSPACE_VERSION } from '@/domain';
import {
  STORAGE_KEY,
  backUp,
  browserStorage,
  readStored,
  serializeWorkspace,
  storedVersion,
  writeVerified,
  type SaveFailure,
  type StorageLike,
} from './storage';
import { useWorkspaceStore } from './workspaceStore';

/** What the shell tells the user about saving. UI state only: never saved itself. */
export interface PersistenceStatus {
  /** Saved data could not be read: it was kept under backupKey (null if even that failed). */
  recovered: { reason: string; backupKey: string | null; raw: string } | null;
  /** The last save failed; the workspace is only in memory. */
  saveError: string | null;
  dismissRecovered: () => void;
}

export const usePersistenceStatus = create<PersistenceStatus>()((set) => ({
  recovered: null,
  saveError: null,
  dismissRecovered: () => set({ recovered: null }),
}));

const SAVE_FAILURES: Record<SaveFailure, string> = {
  quota: 'Browser storage is full, so your latest changes are not saved.',
  unavailable: 'Browser storage is turned off or unavailable, so your changes are not saved.',
  mismatch: 'Your latest changes could not be saved: storage returned something different.',
};

const newerReason = (version: number) =>
  `This tab runs an older version of OfferScope (schema ${WORKSPACE_VERSION}) than your saved data (schema ${version}). ` +
  'It is read-only so it cannot overwrite that data: reload the page to use the newer version.';

export interface PersistenceOptions {
  storage?: StorageLike | null;
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** Writes wait this long after the last edit (a keystroke must stay cheap). */
  delayMs?: number;
}

/**
 * Loads the saved workspace into the store, then saves every change (debounced, flushed when the
 * page is hidden), follows other tabs through storage events, and reports faults. Returns stop().
 */
export function startPersistence({
  storage = browserStorage(),
  target = window,
  delayMs = 300,
}: PersistenceOptions = {}): () => void {
  const store = useWorkspaceStore;
  const status = usePersistenceStatus;
  // Saving stays off when unreadable data could not be backed up: it must not be overwritten.
  let savingBlocked = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastSaved: string | null = null;
  // Only a change made in this tab is written: never the untouched start state over stored data.
  let dirty = false;
  let applyingRemote = false;

  const fail = (message: string) => status.setState({ saveError: message });

  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!dirty || savingBlocked || store.getState().readOnlyReason) return;
    if (!storage) return fail(SAVE_FAILURES.unavailable);
    const text = serializeWorkspace(store.getState().workspace);
    if (text === lastSaved) return void (dirty = false);
    let version: number | null;
    try {
      version = storedVersion(storage.getItem(STORAGE_KEY));
    } catch {
      return fail(SAVE_FAILURES.unavailable);
    }
    if (version !== null && version > WORKSPACE_VERSION)
      return store.getState().setReadOnly(newerReason(version));
    const result = writeVerified(storage, STORAGE_KEY, text);
    if (!result.ok) return fail(SAVE_FAILURES[result.failure]);
    lastSaved = text;
    dirty = false;
    if (status.getState().saveError) status.setState({ saveError: null });
  };
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  };

  // 1. Load what is stored.
  let raw: string | null = null;
  let readable = true;
  try {
    raw = storage ? storage.getItem(STORAGE_KEY) : null;
  } catch {
    readable = false;
  }
  if (!storage || !readable) fail(SAVE_FAILURES.unavailable);
  const loaded = readStored(raw);
  if (loaded.kind === 'loaded') {
    store.getState().hydrate(loaded.workspace);
    // The stored text may differ from ours only in layout: no need to write it back unchanged.
    lastSaved =
      loaded.migratedFrom === null ? serializeWorkspace(store.getState().workspace) : null;
  } else if (loaded.kind === 'newer') {
    store.getState().setReadOnly(newerReason(loaded.version));
  } else if (loaded.kind === 'unreadable' && storage) {
    const backup = backUp(storage, loaded.raw);
    savingBlocked = !backup.ok;
    status.setState({
      recovered: {
        reason: loaded.reason,
        backupKey: backup.ok ? backup.key : null,
        raw: loaded.raw,
      },
    });
  }
  if (loaded.kind === 'loaded' && loaded.migratedFrom !== null) {
    dirty = true; // write the upgraded data back once
    schedule();
  }

  // 2. Save every change of the workspace (not history, not UI state).
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.workspace === previous.workspace || applyingRemote) return;
    dirty = true;
    schedule();
  });

  // 3. Follow the other tabs.
  const onStorage = (event: Event) => {
    const { key, newValue } = event as StorageEvent;
    if (key !== STORAGE_KEY || newValue === null || newValue === lastSaved) return;
    const outcome = readStored(newValue);
    if (outcome.kind === 'newer') return store.getState().setReadOnly(newerReason(outcome.version));
    if (outcome.kind !== 'loaded') return;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    dirty = false;
    applyingRemote = true;
    store.getState().hydrate(outcome.workspace);
    applyingRemote = false;
    lastSaved = serializeWorkspace(outcome.workspace); // already stored: do not echo it back
  };
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  target.addEventListener('storage', onStorage);
  target.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onHide);

  // 4. Ask the browser not to evict the data, where it can.
  void navigator.storage?.persist?.().catch(() => undefined);

  return () => {
    if (timer !== null) flush();
    unsubscribe();
    target.removeEventListener('storage', onStorage);
    target.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHide);
  };
}
