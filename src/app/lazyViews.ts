import { lazy } from 'react';

/**
 * Views other than Compare load on demand, so the first paint of Compare does not wait for them
 * (issue 5: ≤ 100 KB gzip before the first render). They are fetched as soon as the user shows
 * intent (pointer over, or focus in, the navigation or header actions), so switching views stays
 * instant without spending the phone's main thread on them while Compare loads.
 */
const loaders = {
  offers: () => import('@/features/offers/OffersView').then((m) => ({ default: m.OffersView })),
  priorities: () =>
    import('@/features/priorities/PrioritiesView').then((m) => ({ default: m.PrioritiesView })),
  finance: () => import('@/features/finance/FinanceView').then((m) => ({ default: m.FinanceView })),
  share: () => import('@/features/sharing').then((m) => ({ default: m.SharedView })),
  shareDialog: () => import('@/features/sharing').then((m) => ({ default: m.ShareDialog })),
  workspaceDialog: () => import('@/features/sharing').then((m) => ({ default: m.WorkspaceDialog })),
};

export const OffersView = lazy(loaders.offers);
export const PrioritiesView = lazy(loaders.priorities);
export const FinanceView = lazy(loaders.finance);
export const SharedView = lazy(loaders.share);
export const ShareDialog = lazy(loaders.shareDialog);
export const WorkspaceDialog = lazy(loaders.workspaceDialog);

let prefetched = false;

/** Fetch and evaluate the other views' chunks once; later calls do nothing. */
export function prefetchViews(): void {
  if (prefetched) return;
  prefetched = true;
  Object.values(loaders).forEach((load) => void load().catch(() => (prefetched = false)));
}
