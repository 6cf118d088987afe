/**
 * Revisions of one record, for merging two tabs' edits without a server. Every save that changes
 * a record gives it a new revision id and keeps the ids it replaced (most recent first, a bounded
 * trail), so a tab can tell a newer version of a record (its trail holds the one we know) from an
 * older one written by a tab that had not seen ours, and from a concurrent edit (neither).
 */
export interface RecordMeta {
  /** Revision id: "<tab>.<counter>"; "0" for data saved before revisions existed. */
  r: string;
  /** The revisions this one replaced, most recent first (at most TRAIL_LENGTH). */
  p: string[];
  /** Set when the revision deleted the record (a tombstone). */
  d?: 1;
}
export type Metas = Record<string, RecordMeta>;

export const TRAIL_LENGTH = 24;
/** The revision of every record of data saved before revisions existed. */
export const LEGACY: RecordMeta = Object.freeze({ r: '0', p: [] }) as RecordMeta;

export type Relation = 'same' | 'newer' | 'older' | 'concurrent';

/** How revision `theirs` relates to `ours`: the same, a successor, a predecessor or neither. */
export function relation(theirs: RecordMeta, ours: RecordMeta): Relation {
  if (theirs.r === ours.r) return 'same';
  if (theirs.p.includes(ours.r)) return 'newer';
  if (ours.p.includes(theirs.r)) return 'older';
  return 'concurrent';
}

/** A new revision replacing `previous` (undefined for a new record). */
export function successor(
  previous: RecordMeta | undefined,
  id: string,
  deleted = false,
): RecordMeta {
  const p = previous ? [previous.r, ...previous.p].slice(0, TRAIL_LENGTH) : [];
  return deleted ? { r: id, p, d: 1 } : { r: id, p };
}

/** A revision that knows both `mine` and `theirs` (keeping this tab's version over a conflict). */
export function resolving(
  mine: RecordMeta | undefined,
  theirs: RecordMeta,
  id: string,
): RecordMeta {
  const p = [theirs.r, ...(mine ? [mine.r, ...mine.p] : []), ...theirs.p];
  return { r: id, p: [...new Set(p)].slice(0, TRAIL_LENGTH) };
}

/** Revision ids for one tab: unique across tabs (random tab part) and in order within it. */
export function revisionIds(tab = randomTab()): () => string {
  let counter = 0;
  return () => `${tab}.${(++counter).toString(36)}`;
}

function randomTab(): string {
  const bytes = new Uint8Array(6);
  if (typeof crypto !== 'undefined' && crypto.getRandomValues) crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

/** At most `max` tombstones are kept (the oldest go first): deleted records cannot pile up. */
export function pruneTombstones(metas: Metas, max = 200): Metas {
  const tombstones = Object.keys(metas).filter((k) => metas[k]?.d);
  if (tombstones.length <= max) return metas;
  const drop = new Set(tombstones.slice(0, tombstones.length - max));
  return Object.fromEntries(Object.entries(metas).filter(([k]) => !drop.has(k)));
}
