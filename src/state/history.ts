/**
 * The leaf fields that differ between two workspaces, as paths ("offers[0].cash.base"), or null
 * when the change is structural (an item added, removed or a key set changed). Undo uses it to
 * merge rapid edits of the same field into one step.
 */
export function changedLeaves(a: unknown, b: unknown): string[] | null {
  const out: string[] = [];
  return walk(a, b, '', out) ? out : null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function walk(a: unknown, b: unknown, path: string, out: string[]): boolean {
  if (Object.is(a, b)) return true;
  if (isObject(a) && isObject(b)) {
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) return false;
      return a.every((item, i) => walk(item, b[i], `${path}[${i}]`, out));
    }
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.length !== keysB.length || keysA.some((k) => !Object.hasOwn(b, k))) return false;
    return keysA.every((k) => walk(a[k], b[k], path ? `${path}.${k}` : k, out));
  }
  if (isObject(a) || isObject(b)) return false;
  out.push(path);
  return true;
}
