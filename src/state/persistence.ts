import { create } from 'zustand';
import { WORKSPACE_VERSION, type Workspace } from '@/domain';
import {
  STORAGE_KEY,
  browserStorage,
  readStored,
  type LoadOutcome,
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
  /** The storage persistence reads and writes (Workspace lists its backups). */
  storage: StorageLike | null;
}

export const usePersistenceStatus = create<PersistenceStatus>()((set) => ({
  recovered: null,
  saveError: null,
  dismissRecovered: () => set({ recovered: null }),
  storage: null,
}));

/** A tab's last words when it closes: what it wrote, kept apart in case another tab wrote over it. */
export const JOURNAL_PREFIX = 'offerscope:journal:';

export const SAVE_FAILURES: Record<SaveFailure, string> = {
  quota: 'Browser storage is full, so your latest changes are not saved.',
  unavailable: 'Browser storage is turned off or unavailable, so your changes are not saved.',
  mismatch: 'Your latest changes could not be saved: storage returned something different.',
};

export const newerReason = (version: number) =>
  `This tab runs an older version of OfferScope (schema ${WORKSPACE_VERSION}) than your saved data (schema ${version}). ` +
  'It is read-only so it cannot overwrite that data: reload the page to use the newer version.';

/** What start-up read, handed to the saving half (persistenceLive.ts). */
export interface Boot {
  storage: StorageLike | null;
  /** The stored value as read at start (null: nothing, or storage unreadable). */
  raw: string | null;
  loaded: LoadOutcome;
  /** The workspace storage and this tab had in common at start (before any edit). */
  baseline: Workspace;
  /** The user edited before the saving half arrived. */
  editedEarly: () => boolean;
  /** Other tabs' storage events that arrived before the saving half did (it replays them). */
  earlyEvents: Event[];
}

type LiveModule = typeof import('./persistenceLive');

export interface PersistenceOptions {
  storage?: StorageLike | null;
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** Writes wait this long after the last edit (a keystroke must stay cheap). */
  delayMs?: number;
  /** The saving half, when already loaded (tests); otherwise it is fetched after start-up. */
  live?: LiveModule;
}

/**
 * Loads the saved workspace into the store before the first paint, then hands over to the saving
 * half (persistenceLive.ts: debounced saves, several tabs kept in step record by record, backups,
 * journals), which arrives as a chunk of its own so Compare's first render does not wait for it.
 * An edit made before it arrives is saved as soon as it does. Returns stop().
 */
export function startPersistence({
  storage = browserStorage(),
  target = window,
  delayMs = 300,
  live,
}: PersistenceOptions = {}): () => void {
  const store = useWorkspaceStore;
  usePersistenceStatus.setState({ storage });
  let raw: string | null = null;
  let readable = true;
  try {
    raw = storage ? storage.getItem(STORAGE_KEY) : null;
  } catch {
    readable = false;
  }
  if (!storage || !readable)
    usePersistenceStatus.setState({ saveError: SAVE_FAILURES.unavailable });
  const loaded = readStored(raw);
  if (loaded.kind === 'loaded') store.getState().hydrate(loaded.workspace);
  else if (loaded.kind === 'newer') store.getState().setReadOnly(newerReason(loaded.version));

  let edited = false;
  const unsubscribeStore = store.subscribe((state, previous) => {
    if (state.workspace !== previous.workspace) edited = true;
  });
  const earlyEvents: Event[] = [];
  const keepEvent = (event: Event) => void earlyEvents.push(event);
  target.addEventListener('storage', keepEvent);
  const unsubscribe = () => {
    unsubscribeStore();
    target.removeEventListener('storage', keepEvent);
  };
  const boot: Boot = {
    storage,
    raw,
    loaded,
    baseline: store.getState().workspace,
    editedEarly: () => edited,
    earlyEvents,
  };
  const options = { target, delayMs };

  let stopLive: (() => void) | null = null;
  let stopped = false;
  const begin = (module: LiveModule) => {
    unsubscribe();
    if (!stopped) stopLive = module.startLive(boot, options);
  };
  if (live) begin(live);
  else
    void import('./persistenceLive').then(begin, () =>
      usePersistenceStatus.setState({
        saveError: 'The code that saves your changes could not load: reload the page to save.',
      }),
    );
  return () => {
    stopped = true;
    unsubscribe();
    stopLive?.();
  };
}
