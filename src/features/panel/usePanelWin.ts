import { useEffect, useRef, useState } from 'react';
import type { NegotiationInput } from '@/domain';
import { runPanelWin, type PanelWinReply, type PanelWinRequest } from './panelWinJob';

export type PanelWinState = { status: 'working' } | PanelWinReply;

const startWorker = (): Worker | null =>
  typeof Worker === 'undefined'
    ? null
    : new Worker(new URL('./panelWin.worker.ts', import.meta.url), { type: 'module' });

/** Without a worker (tests, old browsers): the same solve, after render. */
const solveHere = (request: PanelWinRequest) =>
  new Promise<PanelWinReply>((resolve) => setTimeout(() => resolve(runPanelWin(request)), 0));

/**
 * The package for `job`, solved in a Web Worker (an LP per case can take tens of ms). A newer
 * request cancels the one in flight (the worker is replaced), so the answer always belongs to the
 * latest inputs.
 */
export function usePanelWin(
  job: { input: NegotiationInput; names: string[] } | null,
): PanelWinState {
  const [state, setState] = useState<PanelWinState>({ status: 'working' });
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);
  const next = useRef(0);

  useEffect(() => () => worker.current?.terminate(), []);

  useEffect(() => {
    if (!job) return;
    const id = ++next.current;
    const request: PanelWinRequest = { id, ...job };
    const settle = (reply: PanelWinReply) => {
      if (reply.id === next.current) setState(reply);
    };
    setState({ status: 'working' });
    if (busy.current) {
      worker.current?.terminate(); // cancel: the older answer is not wanted any more
      worker.current = null;
    }
    worker.current ??= startWorker();
    const w = worker.current;
    if (!w) return void solveHere(request).then(settle);
    busy.current = true;
    w.onmessage = (event: MessageEvent<PanelWinReply>) => {
      busy.current = false;
      settle(event.data);
    };
    w.onerror = () => {
      busy.current = false;
      void solveHere(request).then(settle); // a worker that failed to start: solve here instead
    };
    w.postMessage(request);
  }, [job]);
  return state;
}
