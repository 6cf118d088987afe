import type { Offer } from '../../schemas/offer';
import {
  OfferOutcomeModelSchema,
  OutcomeModelSchema,
  type OfferOutcomeModel,
  type OutcomeModel,
  type OutcomeModelInput,
} from '../../schemas/outcome';
import { parseWith } from '../../errors';

/** Fills the model's defaults (§5.2); throws a ValidationError naming each bad field. */
export function parseOutcomeModel(
  input: OutcomeModelInput | OutcomeModel | undefined,
): OutcomeModel {
  return parseWith(OutcomeModelSchema, 'outcome model', input ?? {});
}

/** Stream key of an offer (§5.6): company, else name. Same company, same random futures. */
export function offerKey(offer: Offer): string {
  return offer.company.trim() || offer.name;
}

/** The offer's own assumptions, overridden field by field by model.offers[offer.name]. */
export function offerModel(offer: Offer, model: OutcomeModel): OfferOutcomeModel {
  const own = offer.equity.outcome ?? {};
  const over = model.offers?.[offer.name];
  if (!over) return own;
  const merged = {
    public: own.public || over.public ? { ...own.public, ...over.public } : undefined,
    private: own.private || over.private ? { ...own.private, ...over.private } : undefined,
  };
  return parseWith(OfferOutcomeModelSchema, `outcome model of ${offer.name}`, merged);
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
