/** Picks "Name", "Name 2", … so names stay distinguishable. */
export function uniqueName(name: string, taken: readonly string[]): string {
  if (!taken.includes(name)) return name;
  for (let n = 2; ; n++) {
    const suffix = ` ${n}`;
    const candidate = `${name.slice(0, 80 - suffix.length)}${suffix}`;
    if (!taken.includes(candidate)) return candidate;
  }
}
