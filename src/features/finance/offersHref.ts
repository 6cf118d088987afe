/**
 * Link into the Offers editor (#/offers or #/offers/<id>), the shell's hash route. Kept here so
 * the feature does not import the app shell that composes it.
 */
export const offersHref = (offerId?: string): string =>
  offerId ? `#/offers/${encodeURIComponent(offerId)}` : '#/offers';
