import { useState } from 'react';
import { datedFilename, downloadText } from '@/components/download';
import { deleteBackup, listBackups, type Backup } from '@/state/backups';
import { usePersistenceStatus } from '@/state/persistence';

const KIND_LABELS: Record<Backup['kind'], string> = {
  corrupt: 'Saved data that could not be read',
  conflict: 'A version from a change made in two tabs',
};

const when = (ms: number | null) =>
  ms === null
    ? 'date unknown'
    : new Date(ms).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** The copies kept aside (unreadable data, the losing side of a two-tab edit): download or delete. */
export function BackupsSection() {
  const storage = usePersistenceStatus((s) => s.storage);
  const [backups, setBackups] = useState(() => (storage ? listBackups(storage) : []));
  if (!storage) return null;
  const remove = (key: string) => {
    deleteBackup(storage, key);
    setBackups(listBackups(storage));
  };
  return (
    <section className="dialog__section" aria-labelledby="backups-title">
      <h3 id="backups-title">Backups</h3>
      {backups.length === 0 ? (
        <p className="muted small">No backups: nothing has needed keeping aside.</p>
      ) : (
        <>
          <p className="muted small">
            Kept in this browser only, the last three of each kind. A backup is a workspace file:
            download it to look at it or import it.
          </p>
          <ul className="backup-list">
            {backups.map((b) => (
              <li key={b.key}>
                <span>
                  {KIND_LABELS[b.kind]} · {when(b.savedAt)} ·{' '}
                  {Math.max(1, Math.round(b.bytes / 1024))} KB
                </span>
                <span className="btn-row">
                  <button
                    type="button"
                    className="btn btn--small"
                    onClick={() =>
                      downloadText(
                        datedFilename(`offerscope-backup-${b.kind}`, 'json'),
                        storage.getItem(b.key) ?? '',
                        'application/json',
                      )
                    }
                  >
                    Download
                  </button>
                  <button type="button" className="btn btn--small" onClick={() => remove(b.key)}>
                    Delete
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
