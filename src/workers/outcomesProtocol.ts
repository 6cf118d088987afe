import type { Offer, OutcomeModel, OutcomeResult } from '@/domain';

/** Main thread → worker: run (or replace the run in progress with) this simulation. */
export interface OutcomeRequest {
  generation: number; // a newer generation cancels every older run
  offers: Offer[];
  model: OutcomeModel; // parsed on the main thread (parseOutcomeModel)
  seed: number;
  draws: number;
}

/** Worker → main thread: a merged result after the first chunks (preliminary) and at the end. */
export type OutcomeResponse =
  | {
      generation: number;
      kind: 'result';
      result: OutcomeResult;
      preliminary: boolean;
      done: number;
      total: number;
    }
  | { generation: number; kind: 'error'; message: string };
