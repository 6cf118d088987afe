/** The hash route of one offer in the editor (the shell's router reads #/offers/<id>). */
export function offerHref(id: string): string {
  return `#/offers/${encodeURIComponent(id)}`;
}
