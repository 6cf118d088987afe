import type { Workspace } from '@/domain';

/**
 * A workspace as independent records, the unit two tabs merge by: each offer, profile and custom
 * dimension (any top-level list of items with an `id`) is a record `offers/<id>`, the list's order
 * is `offers#order`, and every other top-level field (finance, fxRates, activeProfileId, …) is a
 * record of its own. `text` is the record's JSON, to compare records cheaply and exactly.
 */
export interface RecordEntry {
  value: unknown;
  text: string;
}
export type Records = Map<string, RecordEntry>;

const ORDER = '#order';
const entry = (value: unknown): RecordEntry => ({ value, text: canonicalJson(value) });

/** JSON with object keys sorted: the same record reads the same whatever order its keys were set in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).sort();
    const parts: string[] = [];
    for (const key of keys) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) parts.push(`${JSON.stringify(key)}:${canonicalJson(v)}`);
    }
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const isIdList = (value: unknown): value is { id: string }[] =>
  Array.isArray(value) &&
  value.every((item) => typeof item === 'object' && item !== null && typeof item.id === 'string');

/** Lists of items with ids; decided by the schema's shape, so a new list (panels) joins in. */
export function listFields(workspace: Workspace): string[] {
  return Object.entries(workspace)
    .filter(([, value]) => isIdList(value))
    .map(([field]) => field);
}

export function toRecords(workspace: Workspace): Records {
  const records: Records = new Map();
  for (const [field, value] of Object.entries(workspace)) {
    if (isIdList(value)) {
      records.set(field + ORDER, entry(value.map((item) => item.id)));
      for (const item of value) records.set(`${field}/${item.id}`, entry(item));
    } else records.set(field, entry(value));
  }
  return records;
}

/** Where a record sits: its list field, or null for a plain field. */
export function recordField(key: string): { field: string; id: string | null; order: boolean } {
  if (key.endsWith(ORDER)) return { field: key.slice(0, -ORDER.length), id: null, order: true };
  const slash = key.indexOf('/');
  return slash < 0
    ? { field: key, id: null, order: false }
    : { field: key.slice(0, slash), id: key.slice(slash + 1), order: false };
}

/**
 * The workspace the records describe, fields in `template`'s order. A list follows its order
 * record; items missing from it are appended, ids in it without an item are dropped. The result
 * is a candidate: the caller validates it whole.
 */
export function fromRecords(records: Records, template: Workspace): Workspace {
  const out: Record<string, unknown> = {};
  const lists = new Set(listFields(template));
  for (const key of records.keys()) {
    const { field, id } = recordField(key);
    if (id !== null) lists.add(field);
  }
  const fields = [
    ...Object.keys(template),
    ...[...records.keys()].map((k) => recordField(k).field),
  ];
  for (const field of new Set(fields)) {
    if (lists.has(field)) {
      const order = (records.get(field + ORDER)?.value as string[] | undefined) ?? [];
      const prefix = `${field}/`;
      const ids = [...records.keys()]
        .filter((k) => k.startsWith(prefix))
        .map((k) => k.slice(prefix.length));
      const present = new Set(ids);
      const ordered = [...new Set(order)].filter((id) => present.has(id));
      const placed = new Set(ordered);
      out[field] = [...ordered, ...ids.filter((id) => !placed.has(id))].map(
        (id) => records.get(prefix + id)!.value,
      );
    } else if (records.has(field)) out[field] = records.get(field)!.value;
  }
  return out as Workspace;
}

/** Keys whose records differ between two record sets (added, removed or changed). */
export function changedKeys(a: Records, b: Records): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k)?.text !== b.get(k)?.text);
}

/**
 * `target` with the records of `keys` set as they are in `source` (removed where `source` has
 * none): how undo re-applies one edit's records without touching what another tab changed.
 */
export function withRecordsFrom(
  target: Records,
  source: Records,
  keys: readonly string[],
): Records {
  const out = new Map(target);
  for (const key of keys) {
    const record = source.get(key);
    if (record) out.set(key, record);
    else out.delete(key);
  }
  return out;
}
