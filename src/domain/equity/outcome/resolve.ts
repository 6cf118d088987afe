import type { Offer } from '../../schemas/offer';
import type { OfferOutcomeModel, OutcomeModel } from '../../schemas/outcome';

// No zod here (nor in the simulation modules): the worker chunk carries only what it runs.

/** Stream key of an offer (§5.6): company, else name. Same company, same random futures. */
export function offerKey(offer: Offer): string {
  return offer.company.trim() || offer.name;
}

/** The offer's own assumptions, overridden field by field by model.offers[offer.name]. */
export function offerModel(offer: Offer, model: OutcomeModel): OfferOutcomeModel {
  const own = offer.equity.outcome ?? {};
  const over = model.offers?.[offer.name];
  if (!over) return own;
  // both sides are parsed already (the offer by parseOffer, the override by the model's schema)
  return {
    public:
      own.public || over.public
        ? ({ ...own.public, ...over.public } as OfferOutcomeModel['public'])
        : undefined,
    private:
      own.private || over.private
        ? ({ ...own.private, ...over.private } as OfferOutcomeModel['private'])
        : undefined,
  };
}

/** Units of the model's currency per unit of the offer's; a missing rate is an error, never 1:1. */
export function rateFor(offer: Offer, model: OutcomeModel): number {
  if (offer.currency === model.currency) return 1;
  const rate = model.fxRates?.[offer.currency];
  if (rate === undefined || !(rate > 0))
    throw new RangeError(
      `fxRates.${offer.currency}: no exchange rate to ${model.currency} for offer ${offer.name}`,
    );
  return rate;
}
