import { WORKSPACE_VERSION, type Workspace } from '@/domain';
import { saveBackup } from './backups';
import { exportText } from './exportText';
import {
  JOURNAL_PREFIX,
  SAVE_FAILURES,
  newerReason,
  usePersistenceStatus,
  type Boot,
} from './persistence';
import {
  STORAGE_KEY,
  readStored,
  serializeWorkspace,
  storedVersion,
  writeVerified,
  type StorageLike,
} from './storage';
import { conflictLabel, useSyncConflicts } from './sync/conflictStore';
import type { RecordConflict } from './sync/mergeRecords';
import { TabSync } from './sync/tabSync';
import { showNotice } from './notices';
import { useWorkspaceStore } from './workspaceStore';

export interface LiveOptions {
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** Writes wait this long after the last edit (a keystroke must stay cheap). */
  delayMs: number;
}

/**
 * The saving half of persistence: saves every change (debounced, flushed when the page is
 * hidden), keeps several tabs in step record by record (sync/), and reports faults. No edit is
 * lost to another tab: each save first merges what storage holds now; a record both tabs changed
 * stays as this tab has it, with a choice for the user. Returns stop().
 */
export function startLive(boot: Boot, { target, delayMs }: LiveOptions): () => void {
  const { storage } = boot;
  const store = useWorkspaceStore;
  const status = usePersistenceStatus;
  // Saving stays off when unreadable data could not be backed up: it must not be overwritten.
  let savingBlocked = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastWritten: string | null = null;
  // Only a change made in this tab (or merged into it) is written: never the untouched start state.
  let dirty = false;
  let applyingRemote = false;
  // A journal is left only by a tab that wrote something (a tab that only looked leaves nothing).
  let wroteHere = false;
  const tabTag = Math.random().toString(36).slice(2, 8);
  let sync = new TabSync(boot.baseline, boot.loaded.kind === 'loaded' ? boot.loaded.metas : {});

  const fail = (message: string) => status.setState({ saveError: message });
  const readOnly = (version: number) => store.getState().setReadOnly(newerReason(version));
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  };
  const keepCopy = (workspace: Workspace) => {
    if (storage) saveBackup(storage, 'conflict', exportText(workspace));
  };

  /** Takes in a stored workspace (storage, another tab, a closed tab's journal). */
  const takeIn = (stored: Workspace, metas: Parameters<TabSync['takeIn']>[2]) => {
    const local = store.getState().workspace;
    if (!dirty && sync.conflicts.length === 0 && Object.keys(metas).length === 0) {
      // Data without revisions (an older OfferScope in another tab) cannot say what it deleted;
      // a tab with nothing unsaved simply follows it, as tabs always did.
      sync = new TabSync(stored, metas);
      applyingRemote = true;
      store.getState().applyRemote(stored);
      applyingRemote = false;
      return;
    }
    const result = sync.takeIn(local, stored, metas);
    if (result.workspace) {
      applyingRemote = true;
      store.getState().applyRemote(result.workspace);
      applyingRemote = false;
    }
    if (result.conflicts.length > 0) announce(result.conflicts, local);
    if (result.storageBehind || result.conflicts.length > 0) dirty = true;
  };

  const announce = (conflicts: RecordConflict[], mine: Workspace) => {
    keepCopy(mine); // this tab's versions stay recoverable even if it closes without choosing
    publishConflicts();
    const names = conflicts.map(conflictLabel).join(', ');
    showNotice({
      message: `Another tab also changed ${names}. This tab shows your version; choose which to keep above.`,
    });
  };
  const publishConflicts = () =>
    useSyncConflicts.setState({
      conflicts: sync.conflicts.map((c) => ({ key: c.key, label: conflictLabel(c) })),
    });
  useSyncConflicts.setState({
    keepMine: (key) => {
      const theirs = sync.withTheirs(store.getState().workspace, key);
      if (theirs) keepCopy(theirs);
      sync.keepMine(key);
      publishConflicts();
      dirty = true;
      schedule();
    },
    useTheirs: (key) => {
      const next = sync.useTheirs(store.getState().workspace, key);
      publishConflicts();
      if (next) store.getState().commit(next); // an edit of this tab's: undo brings ours back
    },
  });

  function flush() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!dirty || savingBlocked || store.getState().readOnlyReason) return;
    if (!storage) return fail(SAVE_FAILURES.unavailable);
    let raw: string | null;
    try {
      raw = storage.getItem(STORAGE_KEY);
    } catch {
      return fail(SAVE_FAILURES.unavailable);
    }
    // Read, merge, write: whatever another tab stored since is taken in first, never written over.
    if (raw !== lastWritten && raw !== null) {
      const version = storedVersion(raw);
      if (version !== null && version > WORKSPACE_VERSION) return readOnly(version);
      const outcome = readStored(raw);
      if (outcome.kind === 'newer') return readOnly(outcome.version);
      if (outcome.kind === 'loaded') takeIn(outcome.workspace, outcome.metas);
      else if (outcome.kind === 'unreadable' && !saveBackup(storage, 'corrupt', raw).ok)
        return fail(SAVE_FAILURES.unavailable);
    }
    const next = sync.toWrite(store.getState().workspace);
    const text = serializeWorkspace(next.workspace, next.metas);
    if (text !== raw) {
      const result = writeVerified(storage, STORAGE_KEY, text);
      if (!result.ok) return fail(SAVE_FAILURES[result.failure]);
      wroteHere = true;
    }
    next.commit();
    lastWritten = text;
    dirty = false;
    if (status.getState().saveError) status.setState({ saveError: null });
  }

  // 1. What start-up read (persistence.ts): revisions, an upgrade to write back, a backup to keep.
  const { loaded, raw } = boot;
  if (loaded.kind === 'loaded') {
    lastWritten = loaded.migratedFrom === null ? raw : null;
    if (loaded.migratedFrom !== null) dirty = true; // write the upgraded data back once
  } else if (loaded.kind === 'unreadable' && storage) {
    const backup = saveBackup(storage, 'corrupt', loaded.raw);
    savingBlocked = !backup.ok;
    status.setState({
      recovered: {
        reason: loaded.reason,
        backupKey: backup.ok ? backup.key : null,
        raw: loaded.raw,
      },
    });
  }
  if (boot.editedEarly()) dirty = true;
  if (storage && loaded.kind !== 'newer') takeInJournals(storage);
  if (dirty) schedule();

  function takeInJournals(from: StorageLike) {
    for (const key of journalKeys(from)) {
      const outcome = readStored(from.getItem(key));
      if (outcome.kind === 'loaded') takeIn(outcome.workspace, outcome.metas);
      from.removeItem(key);
      dirty = true;
    }
  }

  // 2. Save every change of the workspace (not history, not UI state).
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.workspace === previous.workspace || applyingRemote) return;
    dirty = true;
    schedule();
  });

  // 3. Follow the other tabs: their saves, and the journals of tabs that close.
  const onStorage = (event: Event) => {
    const { key, newValue } = event as StorageEvent;
    if (newValue === null || store.getState().readOnlyReason) return;
    if (key === STORAGE_KEY) {
      if (newValue === lastWritten) return;
      const outcome = readStored(newValue);
      if (outcome.kind === 'newer') return readOnly(outcome.version);
      if (outcome.kind !== 'loaded') return;
      takeIn(outcome.workspace, outcome.metas);
      if (dirty) schedule();
    } else if (key?.startsWith(JOURNAL_PREFIX) && storage) {
      takeInJournals(storage);
      schedule();
    }
  };
  const onPageHide = () => {
    flush();
    writeJournal();
  };
  const writeJournal = () => {
    if (!storage || !wroteHere || store.getState().readOnlyReason || lastWritten === null) return;
    try {
      storage.setItem(`${JOURNAL_PREFIX}${Date.now()}-${tabTag}`, lastWritten);
    } catch {
      // A full storage: the regular save already said so.
    }
  };
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  target.addEventListener('storage', onStorage);
  // Another tab may have saved (or closed) while this half was loading: take that in now.
  for (const event of boot.earlyEvents.splice(0)) onStorage(event);
  target.addEventListener('pagehide', onPageHide);
  document.addEventListener('visibilitychange', onHide);

  // 4. Ask the browser not to evict the data, where it can.
  void navigator.storage?.persist?.().catch(() => undefined);

  return () => {
    if (timer !== null) flush();
    unsubscribe();
    target.removeEventListener('storage', onStorage);
    target.removeEventListener('pagehide', onPageHide);
    document.removeEventListener('visibilitychange', onHide);
  };
}

function journalKeys(storage: StorageLike): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(JOURNAL_PREFIX)) keys.push(key);
  }
  return keys;
}
