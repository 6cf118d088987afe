/**
 * Several tabs in one test: each tab is a fresh copy of the store and persistence modules (their
 * own zustand stores), with its own event target. A shared storage delivers a "storage" event to
 * every other tab when one writes, as browsers do, either at once or when `deliver()` is called
 * (events in flight while a tab is busy).
 */
import type { StorageLike } from '@/state/storage';

type StoreModule = typeof import('@/state/workspaceStore');
type PersistenceModule = typeof import('@/state/persistence');
type LiveModule = typeof import('@/state/persistenceLive');
type ConflictModule = typeof import('@/state/sync/conflictStore');

export class SharedStorage {
  readonly data = new Map<string, string>();
  readonly tabs = new Set<Tab>();
  /** Events not yet delivered (when `hold` is on). */
  pending: { from: Tab | null; key: string; newValue: string | null }[] = [];
  hold = false;

  /** The storage as one tab sees it: its writes notify every other tab. */
  viewFor(tab: Tab | null): StorageLike {
    const data = this.data;
    return {
      get length() {
        return data.size;
      },
      key: (i: number) => [...this.data.keys()][i] ?? null,
      getItem: (key: string) => this.data.get(key) ?? null,
      setItem: (key: string, value: string) => {
        this.data.set(key, value);
        this.notify(tab, key, value);
      },
      removeItem: (key: string) => {
        this.data.delete(key);
        this.notify(tab, key, null);
      },
    };
  }
  get(key: string) {
    return this.data.get(key) ?? null;
  }
  private notify(from: Tab | null, key: string, newValue: string | null) {
    this.pending.push({ from, key, newValue });
    if (!this.hold) this.deliver();
  }
  deliver() {
    const events = this.pending;
    this.pending = [];
    for (const e of events)
      for (const tab of this.tabs)
        if (tab !== e.from && !tab.closed)
          tab.target.dispatchEvent(
            new StorageEvent('storage', { key: e.key, newValue: e.newValue }),
          );
  }
}

export class Tab {
  readonly target = new EventTarget();
  closed = false;
  private stop: () => void = () => undefined;
  constructor(
    readonly name: string,
    readonly storage: SharedStorage,
    readonly store: StoreModule['useWorkspaceStore'],
    readonly conflicts: ConflictModule['useSyncConflicts'],
    private readonly persistence: PersistenceModule,
    private readonly live: LiveModule,
  ) {}

  start() {
    this.storage.tabs.add(this);
    this.stop = this.persistence.startPersistence({
      storage: this.storage.viewFor(this),
      target: this.target as unknown as Window,
      delayMs: 300,
      live: this.live,
    });
  }
  get workspace() {
    return this.store.getState().workspace;
  }
  offer(id: string) {
    return this.workspace.offers.find((o) => o.id === id);
  }
  rename(id: string, name: string) {
    return this.store.getState().updateOffer(id, (o) => ({ ...o, name }));
  }
  /** The tab is closed: its page-hide flush runs, then it hears nothing more. */
  close() {
    this.target.dispatchEvent(new Event('pagehide'));
    this.stop();
    this.closed = true;
    this.storage.tabs.delete(this);
  }
}

/** Opens a tab: fresh modules, started on the shared storage. */
export async function openTab(name: string, storage: SharedStorage): Promise<Tab> {
  vi.resetModules();
  const { useWorkspaceStore } = await import('@/state/workspaceStore');
  const { useSyncConflicts } = await import('@/state/sync/conflictStore');
  const persistence = await import('@/state/persistence');
  const live = await import('@/state/persistenceLive');
  const tab = new Tab(name, storage, useWorkspaceStore, useSyncConflicts, persistence, live);
  tab.start();
  return tab;
}
