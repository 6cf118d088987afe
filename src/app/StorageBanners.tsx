import { lazy, Suspense } from 'react';
import { usePersistenceStatus } from '@/state/persistence';
import { useSyncConflicts } from '@/state/sync/conflictStore';
import { useWorkspaceStore } from '@/state/workspaceStore';

// The banners' words and buttons load only when there is something to say (rarely), so they
// stay out of Compare's first-render JavaScript.
const StorageBannerList = lazy(() => import('./StorageBannerList'));

/** Says what happened to saving: unreadable data kept as a backup, a failed save, a read-only tab. */
export function StorageBanners() {
  const needed = usePersistenceStatus((s) => s.recovered !== null || s.saveError !== null);
  const readOnly = useWorkspaceStore((s) => s.readOnlyReason !== null);
  const conflicted = useSyncConflicts((s) => s.conflicts.length > 0);
  if (!needed && !readOnly && !conflicted) return null;
  return (
    <Suspense fallback={null}>
      <StorageBannerList />
    </Suspense>
  );
}
