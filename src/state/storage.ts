import { WORKSPACE_VERSION, WorkspaceSchema, issuesOf, type Workspace } from '@/domain';
import { MigrationError, migrate } from './migrations';
import { JsonTooDeepError, safeJsonParse } from './safeJson';
import type { Metas, RecordMeta } from './sync/revisions';

/** localStorage key. The stored value is {"state":{"workspace":…},"sync":{"revs":…},"version":N}. */
export const STORAGE_KEY = 'offerscope:workspace';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export type LoadOutcome =
  | { kind: 'empty' }
  | { kind: 'loaded'; workspace: Workspace; migratedFrom: number | null; metas: Metas }
  | { kind: 'unreadable'; raw: string; reason: string }
  | { kind: 'newer'; version: number };

/**
 * The stored text: the workspace, then the revision of each of its records (`sync.revs`, how two
 * tabs merge, see sync/), then the version last so it can be read without parsing the rest.
 */
export const serializeWorkspace = (workspace: Workspace, metas: Metas = {}): string =>
  JSON.stringify({ state: { workspace }, sync: { revs: metas }, version: WORKSPACE_VERSION });

/** Revisions as stored; anything malformed reads as none (the records then count as legacy). */
function readMetas(sync: unknown): Metas {
  const revs = (sync as { revs?: unknown } | null)?.revs;
  if (typeof revs !== 'object' || revs === null || Array.isArray(revs)) return {};
  const metas: Metas = {};
  for (const [key, meta] of Object.entries(revs as Record<string, unknown>)) {
    const m = meta as Partial<RecordMeta> | null;
    if (typeof m?.r === 'string' && Array.isArray(m.p) && m.p.every((p) => typeof p === 'string'))
      metas[key] =
        m.d === 1 ? { r: m.r, p: m.p.slice(0, 64), d: 1 } : { r: m.r, p: m.p.slice(0, 64) };
  }
  return metas;
}

/** Reads a stored value: a current workspace, an upgraded older one, or why it cannot be used. */
export function readStored(raw: string | null): LoadOutcome {
  if (raw === null) return { kind: 'empty' };
  let data: unknown;
  try {
    data = safeJsonParse(raw);
  } catch (error) {
    const reason = error instanceof JsonTooDeepError ? error.message : 'it is not valid JSON';
    return { kind: 'unreadable', raw, reason };
  }
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const state = record.state as Record<string, unknown> | undefined;
  const version = record.version;
  if (typeof version !== 'number' || typeof state !== 'object' || state === null) {
    return { kind: 'unreadable', raw, reason: 'it does not have the expected shape' };
  }
  // Versions are whole numbers: "1.5" is damage, not a newer release, and must not lock the tab.
  if (!Number.isInteger(version) || version < 1) {
    return {
      kind: 'unreadable',
      raw,
      reason: `its schema version ${version} is not a whole number ≥ 1`,
    };
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
    metas: readMetas(record.sync),
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

/** window.localStorage, or null where reading it throws (storage disabled). */
export function browserStorage(): StorageLike | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}
