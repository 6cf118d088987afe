/** Picks "Name", "Name 2", … so names stay distinguishable. */
export function uniqueName(name: string, taken: readonly string[]): string {
  if (!taken.includes(name)) return name;
  for (let n = 2; ; n++) {
    const suffix = ` ${n}`;
    const candidate = `${name.slice(0, 80 - suffix.length)}${suffix}`;
    if (!taken.includes(candidate)) return candidate;
  }
}

/**
 * The name of a copy: "Acme — scenario", and for another copy "Acme — scenario 2" (numbered,
 * never "Acme — scenario — scenario"): "Acme — scenario" and "Acme — scenario 2" share the stem
 * "Acme". A long stem is shortened so the ending and a number (up to 99: offers are ≤ 50) fit in 80.
 */
export function copyName(source: string, suffix: string, taken: readonly string[]): string {
  const ending = ` — ${suffix}`;
  const at = source.lastIndexOf(ending);
  const stem =
    at >= 0 && /^( \d+)?$/.test(source.slice(at + ending.length)) ? source.slice(0, at) : source;
  return uniqueName(`${stem.slice(0, 77 - ending.length)}${ending}`, taken);
}
