import { WORKSPACE_VERSION, WorkspaceSchema, issuesOf, type Workspace } from '@/domain';
import { MigrationError, migrate } from './migrations';
import { safeJsonParse } from './safeJson';

/** localStorage keys. The stored value is {"state":{"workspace":…},"version":N} (zustand persist's shape). */
export const STORAGE_KEY = 'offerscope:workspace';
export const BACKUP_KEY = 'offerscope:workspace:backup';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type LoadOutcome =
  | { kind: 'empty' }
  | { kind: 'loaded'; workspace: Workspace; migratedFrom: number | null }
  | { kind: 'unreadable'; raw: string; reason: string }
  | { kind: 'newer'; version: number };

export const serializeWorkspace = (workspace: Workspace): string =>
  JSON.stringify({ state: { workspace }, version: WORKSPACE_VERSION });

/** Reads a stored value: a current workspace, an upgraded older one, or why it cannot be used. */
export function readStored(raw: string | null): LoadOutcome {
  if (raw === null) return { kind: 'empty' };
  let data: unknown;
  try {
    data = safeJsonParse(raw);
  } catch {
    return { kind: 'unreadable', raw, reason: 'it is not valid JSON' };
  }
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const state = record.state as Record<string, unknown> | undefined;
  const version = record.version;
  if (typeof version !== 'number' || typeof state !== 'object' || state === null) {
    return { kind: 'unreadable', raw, reason: 'it does not have the expected shape' };
  }
  if (version > WORKSPACE_VERSION) return { kind: 'newer', version };
  let migrated: unknown;
  try {
    migrated = migrate(state.workspace, version);
  } catch (error) {
    return {
      kind: 'unreadable',
      raw,
      reason: error instanceof MigrationError ? error.message : 'it could not be upgraded',
    };
  }
  const result = WorkspaceSchema.safeParse(migrated);
  if (!result.success) {
    const first = issuesOf(result.error)[0];
    return {
      kind: 'unreadable',
      raw,
      reason: `it is not a valid workspace (${first ? `${first.path}: ${first.message}` : 'invalid'})`,
    };
  }
  return {
    kind: 'loaded',
    workspace: result.data,
    migratedFrom: version === WORKSPACE_VERSION ? null : version,
  };
}

/** The version at the end of a stored value, read without parsing the whole thing. */
export function storedVersion(raw: string | null): number | null {
  const match = raw ? /"version"\s*:\s*(\d+)\s*\}\s*$/.exec(raw) : null;
  return match ? Number(match[1]) : null;
}

export type SaveFailure = 'quota' | 'unavailable' | 'mismatch';

/** Browsers name a full storage differently: Chromium, Firefox, old WebKit (code 22). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

/** Writes text under a key and reads it back: a save only counts if the same text comes back. */
export function writeVerified(
  storage: StorageLike,
  key: string,
  text: string,
): { ok: true } | { ok: false; failure: SaveFailure } {
  try {
    storage.setItem(key, text);
  } catch (error) {
    return { ok: false, failure: isQuotaError(error) ? 'quota' : 'unavailable' };
  }
  try {
    return storage.getItem(key) === text ? { ok: true } : { ok: false, failure: 'mismatch' };
  } catch {
    return { ok: false, failure: 'unavailable' };
  }
}

/** Keeps unreadable data under a backup key, never replacing an older, different backup. */
export function backUp(
  storage: StorageLike,
  raw: string,
  now = Date.now(),
): { ok: true; key: string } | { ok: false } {
  let key = BACKUP_KEY;
  try {
    const existing = storage.getItem(BACKUP_KEY);
    if (existing !== null && existing !== raw) key = `${BACKUP_KEY}:${now}`;
  } catch {
    return { ok: false };
  }
  return writeVerified(storage, key, raw).ok ? { ok: true, key } : { ok: false };
}

/** window.localStorage, or null where reading it throws (storage disabled). */
export function browserStorage(): StorageLike | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}
