/// <reference lib="webworker" />
import { runOutcomeJob } from './outcomesJob';
import type { OutcomeRequest, OutcomeResponse } from './outcomesProtocol';

/** The outcome simulation off the main thread; the newest request wins. */
let latest = 0;
self.onmessage = (event: MessageEvent<OutcomeRequest>) => {
  latest = Math.max(latest, event.data.generation);
  void runOutcomeJob(
    event.data,
    (message: OutcomeResponse) => self.postMessage(message),
    (generation) => generation === latest,
  );
};
