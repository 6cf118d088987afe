import { useEffect, useRef, useState } from 'react';
import {
  parseOutcomeModel,
  type Offer,
  type OutcomeModelInput,
  type OutcomeResult,
} from '@/domain';
import type { OutcomeRequest, OutcomeResponse } from '@/workers/outcomesProtocol';

export interface OutcomeState {
  result: OutcomeResult | null;
  preliminary: boolean;
  running: boolean;
  error: string | null;
}

const DEBOUNCE_MS = 150;

/**
 * The outcome simulation in a module Web Worker: a new request (debounced) on every change of
 * the inputs cancels the run in progress; preliminary and final results arrive as messages.
 */
export function useOutcomes(
  offers: Offer[],
  model: OutcomeModelInput,
  seed: number,
  draws: number,
): OutcomeState {
  const [state, setState] = useState<OutcomeState>({
    result: null,
    preliminary: false,
    running: true,
    error: null,
  });
  const worker = useRef<Worker | null>(null);
  const generation = useRef(0);
  useEffect(() => {
    if (typeof Worker === 'undefined') {
      setState({
        result: null,
        preliminary: false,
        running: false,
        error: 'this browser has no Web Workers',
      });
      return;
    }
    const w = new Worker(new URL('../../workers/outcomes.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.current = w;
    w.onmessage = (event: MessageEvent<OutcomeResponse>) => {
      const m = event.data;
      if (m.generation !== generation.current) return; // an older run's message
      if (m.kind === 'error')
        setState({ result: null, preliminary: false, running: false, error: m.message });
      else
        setState({
          result: m.result,
          preliminary: m.preliminary,
          running: m.preliminary,
          error: null,
        });
    };
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);
  const key = JSON.stringify([offers, model, seed, draws]);
  useEffect(() => {
    setState((s) => ({ ...s, running: true }));
    const timer = setTimeout(() => {
      let parsed: OutcomeRequest['model'];
      try {
        parsed = parseOutcomeModel(model); // the worker runs without zod
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        setState({ result: null, preliminary: false, running: false, error });
        return;
      }
      const request: OutcomeRequest = {
        generation: ++generation.current,
        offers,
        model: parsed,
        seed,
        draws,
      };
      worker.current?.postMessage(request);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // the inputs are compared by value (key), not by identity
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}
