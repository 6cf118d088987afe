/** Picks "Name", "Name 2", … so names stay distinguishable. */
export function uniqueName(name: string, taken: readonly string[]): string {
  if (!taken.includes(name)) return name;
  for (let n = 2; ; n++) {
    const suffix = ` ${n}`;
    const candidate = `${name.slice(0, 80 - suffix.length)}${suffix}`;
    if (!taken.includes(candidate)) return candidate;
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The name of a copy: "Acme — scenario", and for another copy "Acme — scenario 2" (numbered,
 * never "Acme — scenario — scenario"). A source already ending in " — suffix" or " — suffix N"
 * shares its stem with the new copy; a long stem is shortened so the ending always shows.
 */
export function copyName(source: string, suffix: string, taken: readonly string[]): string {
  const stem = source.replace(new RegExp(` — ${escapeRegExp(suffix)}(?: \\d+)?$`), '');
  for (let n = 1; ; n++) {
    const ending = ` — ${suffix}${n === 1 ? '' : ` ${n}`}`;
    const candidate = `${stem.slice(0, Math.max(0, 80 - ending.length))}${ending}`;
    if (!taken.includes(candidate)) return candidate;
  }
}
