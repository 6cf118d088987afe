import { WORKSPACE_VERSION, WorkspaceSchema } from '@/domain';
import { startPersistence, usePersistenceStatus } from '@/state/persistence';
import * as live from '@/state/persistenceLive';
import { sampleWorkspace } from '@/state/sample';
import { listBackups } from '@/state/backups';
import { STORAGE_KEY, isQuotaError, serializeWorkspace } from '@/state/storage';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { FakeStorage } from './fakeStorage';

const store = useWorkspaceStore;
let stop: (() => void) | null = null;

beforeEach(() => {
  vi.useFakeTimers();
  store.setState({ workspace: sampleWorkspace(), past: [], future: [], readOnlyReason: null });
  usePersistenceStatus.setState({ recovered: null, saveError: null });
});
afterEach(() => {
  stop?.();
  stop = null;
  vi.useRealTimers();
});

const start = (storage: FakeStorage | null) => {
  stop = startPersistence({ storage, delayMs: 300, live });
};
const rename = (name: string) =>
  store.getState().updateOffer('offer-startup', (o) => ({ ...o, name }));
const storedName = (storage: FakeStorage) => {
  const raw = storage.getItem(STORAGE_KEY);
  return raw
    ? (JSON.parse(raw).state.workspace.offers as { id: string; name: string }[]).find(
        (o) => o.id === 'offer-startup',
      )?.name
    : undefined;
};
const stored = (workspace = sampleWorkspace()) => serializeWorkspace(workspace);

describe('loading and saving', () => {
  it('starts from the sample with nothing stored, and writes nothing until the user edits', () => {
    const storage = new FakeStorage();
    start(storage);
    expect(store.getState().workspace.sample).toBe(true);
    vi.advanceTimersByTime(1000);
    window.dispatchEvent(new Event('pagehide'));
    expect(storage.writes).toEqual([]);
  });

  it('saves an edit made before the saving code arrived (it loads as a chunk of its own)', async () => {
    vi.useRealTimers();
    const storage = new FakeStorage();
    stop = startPersistence({ storage, delayMs: 10 }); // the real dynamic import
    rename('Typed at once');
    expect(storage.writes).toEqual([]);
    await vi.waitFor(() => expect(storedName(storage)).toBe('Typed at once'), { timeout: 5000 });
  });

  it('saves only the workspace, in the {"state":{"workspace"},"version"} shape, debounced', () => {
    const storage = new FakeStorage();
    start(storage);
    for (const name of ['S', 'St', 'Sta', 'Start']) rename(name);
    expect(storage.writes).toEqual([]); // a keystroke never waits for storage
    vi.advanceTimersByTime(300);
    expect(storage.writes).toEqual([STORAGE_KEY]);
    const saved = JSON.parse(storage.getItem(STORAGE_KEY)!);
    expect(Object.keys(saved)).toEqual(['state', 'sync', 'version']);
    expect(Object.keys(saved.state)).toEqual(['workspace']);
    expect(saved.version).toBe(WORKSPACE_VERSION);
    expect(WorkspaceSchema.safeParse(saved.state.workspace).success).toBe(true);
    expect(storedName(storage)).toBe('Start');
  });

  it('flushes a pending save when the page is hidden or left', () => {
    const storage = new FakeStorage();
    start(storage);
    rename('Left in a hurry');
    window.dispatchEvent(new Event('pagehide'));
    expect(storedName(storage)).toBe('Left in a hurry');
  });

  it('loads a stored workspace without an undo step', () => {
    const storage = new FakeStorage();
    const mine = {
      ...sampleWorkspace(),
      sample: false,
      offers: sampleWorkspace().offers.filter((o) => o.id === 'offer-current'),
    };
    storage.data.set(STORAGE_KEY, stored(mine));
    start(storage);
    expect(store.getState().workspace.offers).toHaveLength(1);
    expect(store.getState().past).toEqual([]);
  });
});

describe('unreadable stored data', () => {
  it.each([
    ['not JSON', '{"state":{"workspace":'],
    ['the wrong shape', '[1,2,3]'],
    [
      'an invalid workspace',
      JSON.stringify({
        state: { workspace: { schemaVersion: 1, offers: [{ name: '' }] } },
        version: 1,
      }),
    ],
    ['a fractional schema version', stored().replace(/"version":\d+}$/, '"version":1.5}')],
  ])('keeps %s as a backup, starts from the sample and says so', (_what, raw) => {
    const storage = new FakeStorage();
    storage.data.set(STORAGE_KEY, raw);
    start(storage);
    const [backup] = listBackups(storage);
    expect(backup?.kind).toBe('corrupt');
    expect(storage.getItem(backup!.key)).toBe(raw);
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
    expect(store.getState().workspace.sample).toBe(true);
    expect(store.getState().readOnlyReason).toBeNull(); // damage never locks the tab
    expect(usePersistenceStatus.getState().recovered).toMatchObject({
      backupKey: backup!.key,
      raw,
    });
    // Once it is safe in the backup, the user's next edit may be saved.
    rename('New work');
    vi.advanceTimersByTime(300);
    expect(storedName(storage)).toBe('New work');
    expect(storage.getItem(backup!.key)).toBe(raw);
  });

  it('keeps the last three backups, newest first, never the same data twice', () => {
    const storage = new FakeStorage();
    storage.data.set('offerscope:workspace:backup', 'from an old version');
    for (const [i, raw] of ['one', 'two', 'two', 'three', 'four'].entries()) {
      stop?.();
      vi.setSystemTime(new Date(2026, 11, 2, 10, i));
      storage.data.set(STORAGE_KEY, raw);
      start(storage);
    }
    const backups = listBackups(storage);
    expect(backups.map((b) => storage.getItem(b.key))).toEqual(['four', 'three', 'two']);
    expect(backups.every((b) => b.kind === 'corrupt' && b.savedAt !== null)).toBe(true);
  });

  it('never overwrites it when even the backup cannot be written', () => {
    const storage = new FakeStorage();
    storage.data.set(STORAGE_KEY, 'garbage');
    storage.failWith = new DOMException('full', 'QuotaExceededError');
    start(storage);
    expect(usePersistenceStatus.getState().recovered?.backupKey).toBeNull();
    storage.failWith = null;
    rename('Edit');
    vi.advanceTimersByTime(1000);
    window.dispatchEvent(new Event('pagehide'));
    expect(storage.getItem(STORAGE_KEY)).toBe('garbage');
  });
});

describe('failed saves', () => {
  it.each([
    ['Chromium QuotaExceededError', new DOMException('quota', 'QuotaExceededError')],
    [
      'Firefox NS_ERROR_DOM_QUOTA_REACHED',
      Object.assign(new Error('quota'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }),
    ],
    ['old WebKit code 22', { code: 22, name: 'Error' }],
  ])('%s: keeps the workspace in memory and reports a full storage', (_what, error) => {
    expect(isQuotaError(error)).toBe(true);
    const storage = new FakeStorage();
    storage.failWith = error;
    start(storage);
    rename('Not saved yet');
    vi.advanceTimersByTime(300);
    expect(store.getState().workspace.offers.find((o) => o.id === 'offer-startup')?.name).toBe(
      'Not saved yet',
    );
    expect(usePersistenceStatus.getState().saveError).toMatch(/storage is full/);
    // When space frees up, the next edit saves and the error clears.
    storage.failWith = null;
    rename('Saved now');
    vi.advanceTimersByTime(300);
    expect(storedName(storage)).toBe('Saved now');
    expect(usePersistenceStatus.getState().saveError).toBeNull();
  });

  it('reports storage that is turned off', () => {
    start(null);
    expect(usePersistenceStatus.getState().saveError).toMatch(/turned off or unavailable/);
    const storage = new FakeStorage();
    storage.failWith = new DOMException('denied', 'SecurityError');
    stop?.();
    usePersistenceStatus.setState({ saveError: null });
    start(storage);
    rename('x');
    vi.advanceTimersByTime(300);
    expect(usePersistenceStatus.getState().saveError).toMatch(/turned off or unavailable/);
    expect(isQuotaError(new DOMException('denied', 'SecurityError'))).toBe(false);
  });

  it('reads back what it saved and reports a mismatch', () => {
    const storage = new FakeStorage();
    storage.mangle = true;
    start(storage);
    rename('Lost by storage');
    vi.advanceTimersByTime(300);
    expect(usePersistenceStatus.getState().saveError).toMatch(
      /storage returned something different/,
    );
  });
});

describe('two tabs', () => {
  const fromOtherTab = (newValue: string) =>
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue }));

  it('brings in a change made in another tab, without writing it back', () => {
    const storage = new FakeStorage();
    start(storage);
    const theirs = {
      ...sampleWorkspace(),
      sample: false,
      offers: sampleWorkspace().offers.filter((o) =>
        ['offer-current', 'offer-startup'].includes(o.id),
      ),
    };
    storage.data.set(STORAGE_KEY, stored(theirs));
    fromOtherTab(stored(theirs));
    expect(store.getState().workspace.offers).toHaveLength(2);
    vi.advanceTimersByTime(1000);
    expect(storage.writes).toEqual([]);
  });

  it('ignores unreadable data from another tab', () => {
    start(new FakeStorage());
    fromOtherTab('garbage');
    expect(store.getState().workspace.offers).toHaveLength(4);
  });

  it('becomes read-only when another tab stores a newer schema, and never writes over it', () => {
    const storage = new FakeStorage();
    start(storage);
    rename('Pending edit');
    const newer = JSON.stringify({ state: { workspace: {} }, version: WORKSPACE_VERSION + 1 });
    storage.data.set(STORAGE_KEY, newer);
    fromOtherTab(newer);
    expect(store.getState().readOnlyReason).toMatch(/older version of OfferScope/);
    const result = rename('Rejected');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toMatch(/read-only/);
    vi.advanceTimersByTime(1000);
    window.dispatchEvent(new Event('pagehide'));
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
  });

  it('starts read-only when the stored data is newer than this tab', () => {
    const storage = new FakeStorage();
    const newer = JSON.stringify({ state: { workspace: {} }, version: WORKSPACE_VERSION + 1 });
    storage.data.set(STORAGE_KEY, newer);
    start(storage);
    expect(store.getState().readOnlyReason).toMatch(/schema 2/);
    store.getState().undo();
    expect(rename('nope').ok).toBe(false);
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
    expect(listBackups(storage)).toEqual([]);
  });

  it('refuses to save when a newer tab wrote since this one loaded', () => {
    const storage = new FakeStorage();
    start(storage);
    rename('Mine');
    const newer = JSON.stringify({ state: { workspace: {} }, version: WORKSPACE_VERSION + 1 });
    storage.data.set(STORAGE_KEY, newer); // no storage event (e.g. the event was missed)
    vi.advanceTimersByTime(300);
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
    expect(store.getState().readOnlyReason).not.toBeNull();
  });
});
