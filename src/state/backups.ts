import type { StorageLike } from './storage';

/**
 * Copies of data that could not be used as it was: saved data that was unreadable ("corrupt"),
 * and this tab's or another tab's version of a record both changed ("conflict"). Each lives under
 * its own key `offerscope:backup:<kind>:<ms>`; the newest BACKUPS_KEPT of each kind are kept, and
 * Workspace lists them for download and delete. Keys of older versions
 * (`offerscope:workspace:backup[:ms]`) are listed and pruned with the corrupt ones.
 */
export type BackupKind = 'corrupt' | 'conflict';
export interface Backup {
  key: string;
  kind: BackupKind;
  /** When it was kept (ms since 1970), or null for the oldest key, which had no date. */
  savedAt: number | null;
  bytes: number;
}

export const BACKUPS_KEPT = 3;
const PREFIX = 'offerscope:backup:';
const LEGACY = 'offerscope:workspace:backup';

function describe(key: string, storage: StorageLike): Backup | null {
  let kind: BackupKind;
  let savedAt: number | null;
  const current = /^offerscope:backup:(corrupt|conflict):(\d+)$/.exec(key);
  const legacy = /^offerscope:workspace:backup(?::(\d+))?$/.exec(key);
  if (current) [kind, savedAt] = [current[1] as BackupKind, Number(current[2])];
  else if (legacy) [kind, savedAt] = ['corrupt', legacy[1] ? Number(legacy[1]) : null];
  else return null;
  const value = storage.getItem(key);
  return value === null ? null : { key, kind, savedAt, bytes: new Blob([value]).size };
}

/** Every kept copy, newest first. */
export function listBackups(storage: StorageLike): Backup[] {
  const backups: Backup[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key && (key.startsWith(PREFIX) || key.startsWith(LEGACY))) {
      const backup = describe(key, storage);
      if (backup) backups.push(backup);
    }
  }
  return backups.sort((a, b) => (b.savedAt ?? -1) - (a.savedAt ?? -1));
}

/** Keeps `text` as a new copy of `kind`, then drops all but the newest BACKUPS_KEPT of it. */
export function saveBackup(
  storage: StorageLike,
  kind: BackupKind,
  text: string,
  now = Date.now(),
): { ok: true; key: string } | { ok: false } {
  const existing = listBackups(storage).filter((b) => b.kind === kind);
  // The same data kept twice (a reload of the same corrupt value) is kept once.
  const same = existing.find((b) => storage.getItem(b.key) === text);
  if (same) return { ok: true, key: same.key };
  let key = `${PREFIX}${kind}:${now}`;
  for (let t = now; storage.getItem(key) !== null;) key = `${PREFIX}${kind}:${++t}`;
  try {
    storage.setItem(key, text);
    if (storage.getItem(key) !== text) return { ok: false };
  } catch {
    return { ok: false };
  }
  for (const old of existing.slice(BACKUPS_KEPT - 1)) deleteBackup(storage, old.key);
  return { ok: true, key };
}

export function deleteBackup(storage: StorageLike, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Storage turned off: nothing to delete from.
  }
}
