import { useEffect, useMemo, useState } from 'react';
import type { EquityOutlook, Workspace } from '@/domain';
import type { WorkspaceTakeHome } from './model';

type Model = typeof import('./model');

let loaded: Model | null = null;
let loading: Promise<Model> | null = null;

/** Loads the tax chunk once (rules, engine, this feature's model); later calls share it. */
export function loadTakeHomeModel(): Promise<Model> {
  loading ??= import('./model').then((m) => (loaded = m));
  loading.catch(() => (loading = null)); // a failed fetch may be retried
  return loading;
}

export type TakeHomeState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; result: WorkspaceTakeHome };

/**
 * Take-home of every offer: null-free state that is "loading" until the tax chunk arrives (the
 * pre-tax views render first), then computed synchronously on each change (10 offers × 10 years
 * take well under a millisecond: bench/tax.bench.ts).
 */
export function useTakeHome(workspace: Workspace, outlook: EquityOutlook): TakeHomeState {
  const [model, setModel] = useState<Model | null>(loaded);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    if (model) return;
    let live = true;
    loadTakeHomeModel().then(
      (m) => live && setModel(m),
      () => live && setFailure('The take-home code could not be loaded. Reload the page to retry.'),
    );
    return () => {
      live = false;
    };
  }, [model]);
  return useMemo<TakeHomeState>(() => {
    if (model) return { status: 'ready', result: model.workspaceTakeHome(workspace, outlook) };
    return failure ? { status: 'failed', message: failure } : { status: 'loading' };
  }, [model, failure, workspace, outlook]);
}
