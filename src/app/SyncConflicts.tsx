import { useSyncConflicts } from '@/state/sync/conflictStore';

/**
 * Records another tab changed while this tab changed them too. This tab's version stays on
 * screen; the user chooses which to keep, and the other stays as a backup under Workspace.
 */
export function SyncConflicts() {
  const conflicts = useSyncConflicts((s) => s.conflicts);
  const keepMine = useSyncConflicts((s) => s.keepMine);
  const takeTheirs = useSyncConflicts((s) => s.useTheirs);
  if (conflicts.length === 0) return null;
  return (
    <>
      {conflicts.map((c) => (
        <div key={c.key} className="storage-banner" role="alert">
          <p>
            <strong>Changed in two tabs.</strong> Another tab also changed {c.label}. This tab shows
            your version; the other tab’s is saved. Which should stay? The one you do not keep
            remains under Workspace → Backups.
          </p>
          <div className="btn-row">
            <button
              type="button"
              className="btn btn--small btn--primary"
              onClick={() => keepMine(c.key)}
            >
              Keep this tab’s version
            </button>
            <button type="button" className="btn btn--small" onClick={() => takeTheirs(c.key)}>
              Use the other tab’s version
            </button>
          </div>
        </div>
      ))}
    </>
  );
}
