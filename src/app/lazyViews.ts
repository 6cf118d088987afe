import { lazy } from 'react';

/**
 * Views other than Compare load on demand, so the first paint of Compare does not wait for them
 * (issue 5: ≤ 100 KB gzip before the first render). After the first paint they are fetched in
 * the background, so switching views stays instant.
 */
const loaders = {
  offers: () => import('@/features/offers/OffersView').then((m) => ({ default: m.OffersView })),
  priorities: () =>
    import('@/features/priorities/PrioritiesView').then((m) => ({ default: m.PrioritiesView })),
  finance: () => import('@/features/finance/FinanceView').then((m) => ({ default: m.FinanceView })),
  share: () => import('@/features/sharing/SharedView').then((m) => ({ default: m.SharedView })),
  shareDialog: () =>
    import('@/features/sharing/ShareDialog').then((m) => ({ default: m.ShareDialog })),
  workspaceDialog: () =>
    import('@/features/sharing/WorkspaceDialog').then((m) => ({ default: m.WorkspaceDialog })),
};

export const OffersView = lazy(loaders.offers);
export const PrioritiesView = lazy(loaders.priorities);
export const FinanceView = lazy(loaders.finance);
export const SharedView = lazy(loaders.share);
export const ShareDialog = lazy(loaders.shareDialog);
export const WorkspaceDialog = lazy(loaders.workspaceDialog);

/** Warm the other views once the browser is idle after the first paint. */
export function prefetchViews(): void {
  const run = () => Object.values(loaders).forEach((load) => void load().catch(() => undefined));
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 1500);
}
