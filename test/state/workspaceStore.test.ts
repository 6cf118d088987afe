import { COALESCE_MS, useWorkspaceStore } from '@/state/workspaceStore';
import { mergeIn } from '@/state/mergeIn';
import { useNoticeStore } from '@/state/notices';
import { sampleWorkspace } from '@/state/sample';
import { MAX_OFFERS } from '@/domain';

const store = useWorkspaceStore;
const base = () =>
  store.getState().workspace.offers.find((o) => o.id === 'offer-startup')!.cash.base;
const setBase = (value: number) =>
  store
    .getState()
    .updateOffer('offer-startup', (o) => ({ ...o, cash: { ...o.cash, base: value } }));

beforeEach(() => {
  vi.useFakeTimers();
  store.setState({ workspace: sampleWorkspace(), past: [], future: [], readOnlyReason: null });
  useNoticeStore.setState({ notices: [] });
});
afterEach(() => vi.useRealTimers());

describe('undo history', () => {
  it('makes typing 185000 into one undo step', () => {
    for (const value of [1, 18, 185, 1850, 18500, 185000]) {
      setBase(value);
      vi.advanceTimersByTime(150);
    }
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(base()).toBe(235_000);
    store.getState().redo();
    expect(base()).toBe(185_000);
  });

  it('keeps separate steps for different fields and for edits after a pause', () => {
    setBase(1);
    store.getState().updateOffer('offer-startup', (o) => ({ ...o, name: 'Renamed' }));
    expect(store.getState().past).toHaveLength(2);
    vi.advanceTimersByTime(COALESCE_MS + 1);
    store.getState().updateOffer('offer-startup', (o) => ({ ...o, name: 'Renamed again' }));
    expect(store.getState().past).toHaveLength(3);
  });

  it('never merges structural edits such as adding offers', () => {
    store.getState().addOffer({ name: 'A' });
    store.getState().addOffer({ name: 'B' });
    expect(store.getState().past).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().workspace.offers.map((o) => o.name)).toContain('A');
    expect(store.getState().workspace.offers.map((o) => o.name)).not.toContain('B');
  });

  it('adds no step for an edit that changes nothing, and a new edit clears redo', () => {
    setBase(235_000);
    expect(store.getState().past).toHaveLength(0);
    setBase(1);
    store.getState().undo();
    expect(store.getState().future).toHaveLength(1);
    vi.advanceTimersByTime(COALESCE_MS + 1);
    setBase(2);
    expect(store.getState().future).toHaveLength(0);
  });

  it('undoes a delete', () => {
    store.getState().removeOffer('offer-current');
    expect(store.getState().workspace.baselineOfferId).toBeNull();
    store.getState().undo();
    expect(store.getState().workspace.offers.map((o) => o.id)).toContain('offer-current');
    expect(store.getState().workspace.baselineOfferId).toBe('offer-current');
  });
});

describe('read-only tab', () => {
  it('rejects every edit, undo and redo with the reason, and says so once', () => {
    setBase(1);
    store.getState().setReadOnly('This tab is read-only.');
    const before = store.getState().workspace;
    const result = setBase(2);
    expect(result).toEqual({
      ok: false,
      issues: [{ path: '(root)', message: 'This tab is read-only.' }],
    });
    store.getState().undo();
    store.getState().removeOffer('offer-startup');
    store.getState().startEmpty();
    expect(store.getState().workspace).toBe(before);
    expect(useNoticeStore.getState().notices.map((n) => n.message)).toEqual([
      'Not changed: This tab is read-only.',
    ]);
  });
});

describe('mergeIn', () => {
  it('adds offers and profiles under new ids, suffixing clashing names, and is one undo step', () => {
    const incoming = sampleWorkspace();
    const result = mergeIn({
      offers: incoming.offers.slice(0, 2),
      profiles: incoming.profiles.slice(0, 1),
    });
    expect(result.ok).toBe(true);
    const { offers, profiles, activeProfileId } = store.getState().workspace;
    expect(offers).toHaveLength(6);
    expect(new Set(offers.map((o) => o.id)).size).toBe(6);
    expect(offers.slice(4).map((o) => o.name)).toEqual([
      'Frontier lab — Research Scientist 2',
      'Applied-AI startup — Founding ML Engineer 2',
    ]);
    expect(profiles.at(-1)?.name).toBe('Balanced (sample) 2');
    expect(activeProfileId).toBe('profile-balanced');
    store.getState().undo();
    expect(store.getState().workspace.offers).toHaveLength(4);
  });

  it('applies nothing when the result would be invalid (over 50 offers)', () => {
    const many = Array.from({ length: 47 }, (_, i) => ({
      ...sampleWorkspace().offers[0]!,
      id: `x${i}`,
    }));
    const before = store.getState().workspace;
    const result = mergeIn({ offers: many, profiles: [] });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toEqual({ path: 'offers', message: 'at most 50 offers' });
    expect(store.getState().workspace).toBe(before);
  });
});

describe('the 50-offer limit (issue 9)', () => {
  it('says why no offer is added, instead of doing nothing', () => {
    const store = useWorkspaceStore;
    const ws = sampleWorkspace();
    const offers = Array.from({ length: MAX_OFFERS }, (_, i) => ({
      ...ws.offers[0]!,
      id: `o${i}`,
      name: `Offer ${i}`,
    }));
    store.setState({ workspace: { ...ws, offers, baselineOfferId: null }, past: [], future: [] });
    useNoticeStore.setState({ notices: [] });
    expect(store.getState().addOffer()).toBe('');
    expect(store.getState().duplicateOffer('o0')).toBeNull();
    expect(store.getState().workspace.offers).toHaveLength(MAX_OFFERS);
    expect(useNoticeStore.getState().notices.at(-1)).toMatchObject({
      tone: 'error',
      message: expect.stringMatching(/at most 50 offers/) as string,
    });
  });
});
