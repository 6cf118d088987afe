import { datedFilename, downloadText } from '@/components/download';
import { usePersistenceStatus } from '@/state/persistence';
import { useSyncConflicts } from '@/state/sync/conflictStore';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { SyncConflicts } from './SyncConflicts';

/** Says what happened to saving: unreadable data kept as a backup, a failed save, a read-only tab. */
export default function StorageBannerList() {
  const recovered = usePersistenceStatus((s) => s.recovered);
  const saveError = usePersistenceStatus((s) => s.saveError);
  const dismissRecovered = usePersistenceStatus((s) => s.dismissRecovered);
  const readOnly = useWorkspaceStore((s) => s.readOnlyReason);
  const conflicted = useSyncConflicts((s) => s.conflicts.length > 0);
  if (!recovered && !saveError && !readOnly && !conflicted) return null;
  return (
    <div className="storage-banners">
      <SyncConflicts />
      {recovered && (
        <div className="storage-banner" role="alert">
          <p>
            <strong>Your saved workspace could not be read</strong> ({recovered.reason}).{' '}
            {recovered.backupKey
              ? 'Nothing was deleted: the saved data was kept as a backup in this browser.'
              : 'It was left untouched, and this tab will not save over it.'}{' '}
            You are looking at the sample workspace.
          </p>
          <div className="btn-row">
            <button
              type="button"
              className="btn btn--small"
              onClick={() =>
                downloadText(
                  datedFilename('offerscope-unreadable-backup', 'json'),
                  recovered.raw,
                  'application/json',
                )
              }
            >
              Download the backup
            </button>
            <button type="button" className="btn btn--small" onClick={dismissRecovered}>
              Dismiss
            </button>
          </div>
        </div>
      )}
      {saveError && (
        <div className="storage-banner" role="alert">
          <p>
            <strong>Not saved.</strong> {saveError} Everything is still here in this tab; export a
            copy so nothing is lost if you close it.
          </p>
          <button type="button" className="btn btn--small btn--primary" onClick={exportWorkspace}>
            Export workspace
          </button>
        </div>
      )}
      {readOnly && (
        <div className="storage-banner" role="alert">
          <p>
            <strong>Read-only tab.</strong> {readOnly}
          </p>
        </div>
      )}
    </div>
  );
}

/** Export lives with the workspace dialog's chunk; load it only when someone asks for it. */
function exportWorkspace(): void {
  void import('@/features/sharing').then((m) => m.exportWorkspace());
}
