import { useEffect, useRef, useState } from 'react';
import type { Workspace } from '@/domain';
import { runPanelWin, type PanelWinReply } from './panelWinJob';

export type PanelWinState = { status: 'working' } | PanelWinReply;

const startWorker = (): Worker | null =>
  typeof Worker === 'undefined'
    ? null
    : new Worker(new URL('./panelWin.worker.ts', import.meta.url), { type: 'module' });

/**
 * The package for the chosen offers, computed in a Web Worker. A newer request cancels the one in
 * flight (the worker is replaced), so the answer always belongs to the latest inputs. Without
 * Worker support (tests) it runs after render, off the input's event.
 */
export function usePanelWin(
  workspace: Workspace,
  offerId: string,
  rivalId: string,
  enabled: boolean,
): PanelWinState {
  const [state, setState] = useState<PanelWinState>({ status: 'working' });
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);
  const next = useRef(0);

  useEffect(() => () => worker.current?.terminate(), []);

  useEffect(() => {
    if (!enabled) return;
    const id = ++next.current;
    setState({ status: 'working' });
    const request = { id, workspace, offerId, rivalId };
    if (busy.current) {
      worker.current?.terminate(); // cancel: the older answer is not wanted any more
      worker.current = null;
    }
    worker.current ??= startWorker();
    const w = worker.current;
    if (!w) {
      const timer = setTimeout(() => setState(runPanelWin(request)), 0);
      return () => clearTimeout(timer);
    }
    busy.current = true;
    w.onmessage = (event: MessageEvent<PanelWinReply>) => {
      if (event.data.id !== next.current) return;
      busy.current = false;
      setState(event.data);
    };
    w.onerror = () => {
      busy.current = false;
      setState(runPanelWin(request)); // a worker that failed to start: compute here instead
    };
    w.postMessage(request);
  }, [workspace, offerId, rivalId, enabled]);
  return state;
}
