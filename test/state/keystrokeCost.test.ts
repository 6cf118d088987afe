import { startPersistence } from '@/state/persistence';
import * as live from '@/state/persistenceLive';
import { sampleWorkspace } from '@/state/sample';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { FakeStorage } from './fakeStorage';

/** A keystroke in a money field is one updateOffer: validating and recording it must stay cheap. */
it('an edit costs a few milliseconds at most and never writes storage on the keystroke', () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }); // performance.now stays real
  useWorkspaceStore.setState({
    workspace: sampleWorkspace(),
    past: [],
    future: [],
    readOnlyReason: null,
  });
  const storage = new FakeStorage();
  const stop = startPersistence({ storage, delayMs: 300, live });
  const costs: number[] = [];
  for (let i = 1; i <= 60; i++) {
    const started = performance.now();
    useWorkspaceStore
      .getState()
      .updateOffer('offer-startup', (o) => ({ ...o, cash: { ...o.cash, base: 1000 + i } }));
    costs.push(performance.now() - started);
  }
  expect(storage.writes).toEqual([]);
  costs.sort((a, b) => a - b);
  const median = costs[Math.floor(costs.length / 2)]!;
  // Generous for a shared CI machine under jsdom; typically well under 1 ms.
  expect(median).toBeLessThan(8);
  vi.advanceTimersByTime(300);
  expect(storage.writes).toHaveLength(1);
  stop();
  vi.useRealTimers();
});
