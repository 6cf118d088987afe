import type { RecordEntry, Records } from './records';
import {
  LEGACY,
  pruneTombstones,
  relation,
  successor,
  type Metas,
  type RecordMeta,
} from './revisions';

/** What this tab last had in common with storage: each record and its revision. */
export interface Known {
  records: Records;
  metas: Metas;
}

/** Stored records and their revisions (revisions absent: saved before they existed). */
export interface StoredRecords {
  records: Records;
  metas: Metas;
}

/** One record both this tab and another changed: this tab's version stays on screen. */
export interface RecordConflict {
  key: string;
  mine: RecordEntry | undefined;
  theirs: RecordEntry | undefined;
  theirsMeta: RecordMeta;
}

export interface MergeResult {
  /** What this tab shows: its own edits plus everything newer from storage. */
  screen: Records;
  /** The new common ground: storage's records, except where storage is behind this tab. */
  known: Known;
  /** Records both sides changed differently (order records never conflict). */
  conflicts: RecordConflict[];
  /** Storage lacks something this tab has (its own edits, or a tab wrote older data): save. */
  storageBehind: boolean;
}

const storedMeta = (stored: StoredRecords, key: string): RecordMeta | undefined =>
  stored.metas[key] ?? (stored.records.has(key) ? LEGACY : undefined);

/**
 * Three-way merge of this tab's records (`local`) with what storage holds now, against what the
 * tab last had in common with storage (`known`), record by record. `held` are records already in
 * conflict: they stay on screen as they are until the user chooses.
 */
export function mergeStored(
  local: Records,
  known: Known,
  stored: StoredRecords,
  held: ReadonlySet<string> = new Set(),
): MergeResult {
  const screen: Records = new Map(local);
  const records: Records = new Map(known.records);
  const metas: Metas = { ...known.metas };
  const conflicts: RecordConflict[] = [];
  let storageBehind = false;
  const keys = new Set([
    ...local.keys(),
    ...known.records.keys(),
    ...Object.keys(known.metas),
    ...stored.records.keys(),
    ...Object.keys(stored.metas),
  ]);
  for (const key of keys) {
    const mine = local.get(key);
    const ours = known.metas[key];
    const theirs = storedMeta(stored, key);
    const theirValue = stored.records.get(key);
    const changedHere = mine?.text !== known.records.get(key)?.text;
    const take = () => {
      set(screen, key, theirValue);
      set(records, key, theirValue);
      if (theirs) metas[key] = theirs;
    };
    if (!theirs) {
      // Storage never had this record: it is ours alone (new here, or a tab wrote older data).
      if (mine || ours) storageBehind = true;
      continue;
    }
    if (!ours) {
      if (!mine || mine.text === theirValue?.text) take();
      else conflict();
      continue;
    }
    const rel = relation(theirs, ours);
    if (held.has(key)) {
      if (rel === 'same') continue; // still the version the user is choosing against
      if (mine?.text === theirValue?.text) take();
      else conflict();
      continue;
    }
    if (rel === 'same') {
      if (changedHere) storageBehind = true;
    } else if (rel === 'older') {
      storageBehind = true; // a tab that had not seen our version wrote over it
    } else if (rel === 'newer' && !changedHere) {
      take();
    } else if (mine?.text === theirValue?.text) {
      take(); // both arrived at the same content
    } else if (key.endsWith('#order')) {
      // Orders merge silently: ours stands, items added elsewhere are appended when rebuilt.
      set(records, key, theirValue);
      metas[key] = theirs;
      storageBehind = true;
    } else conflict();

    function conflict() {
      // This tab's version stays on screen; storage (and our common ground) keeps theirs.
      set(records, key, theirValue);
      metas[key] = theirs!;
      conflicts.push({ key, mine, theirs: theirValue, theirsMeta: theirs! });
    }
  }
  return { screen, known: { records, metas }, conflicts, storageBehind };
}

/**
 * What this tab writes: every record it changed since `known` under a new revision, everything
 * else as known, and records in conflict (`held`) as storage has them until the user chooses.
 */
export function recordsToWrite(
  local: Records,
  known: Known,
  held: ReadonlySet<string>,
  nextRevision: () => string,
): Known {
  const records: Records = new Map();
  const metas: Metas = {};
  const keys = new Set([...local.keys(), ...known.records.keys(), ...Object.keys(known.metas)]);
  for (const key of keys) {
    const before = known.records.get(key);
    const meta = known.metas[key];
    const mine = held.has(key) ? before : local.get(key);
    if (mine?.text === before?.text) {
      set(records, key, mine);
      if (meta) metas[key] = meta;
    } else {
      set(records, key, mine);
      metas[key] = successor(meta, nextRevision(), mine === undefined);
    }
  }
  return { records, metas: pruneTombstones(metas) };
}

function set(records: Records, key: string, value: RecordEntry | undefined) {
  if (value) records.set(key, value);
  else records.delete(key);
}
