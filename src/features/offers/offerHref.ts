/** The hash route of one offer in the editor (the shell's router reads #/offers/<id>). */
export function offerHref(id: string): string {
  return `#/offers/${encodeURIComponent(id)}`;
}

/** The route parameter that asks the editor for a new offer: #/offers/new. */
export const NEW_OFFER_PARAM = 'new';

/** True while the address still asks for a new offer (not yet replaced by the new offer's). */
export const isNewOfferHash = (hash: string): boolean => /^#\/offers\/new(\?|$)/.test(hash);
