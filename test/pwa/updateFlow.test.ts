import { startUpdateFlow, type UpdateFlowDeps, type UpdateNoticeProps } from '@/pwa/updateFlow';

/** A fake service worker world: the test plays the browser (a worker waits, takes over). */
function harness() {
  const shown: (UpdateNoticeProps | null)[] = [];
  let callbacks: Parameters<UpdateFlowDeps['register']>[0] | undefined;
  let takeover: (() => void) | undefined;
  const activate = vi.fn(async () => {});
  const reload = vi.fn();
  const checkPeriodically = vi.fn();
  startUpdateFlow({
    register: (cbs) => {
      callbacks = cbs;
      return activate;
    },
    onTakeover: (listener) => (takeover = listener),
    show: (notice) => shown.push(notice),
    reload,
    checkPeriodically,
  });
  return {
    shown,
    last: () => shown.at(-1),
    activate,
    reload,
    checkPeriodically,
    newVersionWaits: () => callbacks!.onNeedRefresh(),
    registered: (registration?: ServiceWorkerRegistration) =>
      callbacks!.onRegisteredSW('/sw.js', registration),
    newWorkerTakesOver: () => takeover!(),
  };
}

describe('update flow (a new version never replaces the running code unasked)', () => {
  it('shows nothing until a new version waits, then offers Reload', () => {
    const h = harness();
    expect(h.shown).toEqual([]);
    h.newVersionWaits();
    expect(h.last()?.kind).toBe('ready');
    expect(h.activate).not.toHaveBeenCalled();
    expect(h.reload).not.toHaveBeenCalled();
  });

  it('Reload activates the waiting worker, and the page reloads once it has taken over', () => {
    const h = harness();
    h.newVersionWaits();
    h.last()!.onReload();
    expect(h.activate).toHaveBeenCalledTimes(1);
    expect(h.last()).toBeNull(); // the notice goes while the new version takes over
    expect(h.reload).not.toHaveBeenCalled();
    h.newWorkerTakesOver();
    expect(h.reload).toHaveBeenCalledTimes(1);
  });

  it('Later hides the notice and changes nothing', () => {
    const h = harness();
    h.newVersionWaits();
    h.last()!.onDismiss();
    expect(h.last()).toBeNull();
    expect(h.activate).not.toHaveBeenCalled();
    expect(h.reload).not.toHaveBeenCalled();
  });

  it('a tab whose worker was replaced from another tab says so instead of reloading', () => {
    const h = harness();
    h.newVersionWaits();
    h.newWorkerTakesOver();
    expect(h.reload).not.toHaveBeenCalled();
    expect(h.last()?.kind).toBe('took-over');
    h.last()!.onReload();
    expect(h.reload).toHaveBeenCalledTimes(1);
    expect(h.activate).not.toHaveBeenCalled();
  });

  it('starts the periodic update check once the worker is registered', () => {
    const h = harness();
    h.registered(undefined);
    expect(h.checkPeriodically).not.toHaveBeenCalled();
    const registration = {} as ServiceWorkerRegistration;
    h.registered(registration);
    expect(h.checkPeriodically).toHaveBeenCalledWith(registration);
  });
});
