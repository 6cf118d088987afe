import type { Offer } from '../schemas/offer';

/**
 * An offer restated in another currency: every money amount × `rate` (units of `currency` per
 * unit of the offer's old currency), rounded to cents. Share counts, percentages, ratings and
 * vesting are not money and stay as they are.
 */
export function convertOfferCurrency<T extends Offer>(offer: T, currency: string, rate: number): T {
  if (!(Number.isFinite(rate) && rate > 0)) throw new Error(`Not a usable exchange rate: ${rate}`);
  const m = (amount: number) => Math.round(amount * rate * 100) / 100;
  const { cash, equity, benefits, band } = offer;
  return {
    ...offer,
    currency,
    cash: {
      ...cash,
      base: m(cash.base),
      signOn: m(cash.signOn),
      signOnYear2: m(cash.signOnYear2),
      relocation: m(cash.relocation),
    },
    equity: {
      ...equity,
      sharePrice: m(equity.sharePrice),
      strikePrice: m(equity.strikePrice),
      ...(equity.pendingGrantValue === undefined
        ? {}
        : { pendingGrantValue: m(equity.pendingGrantValue) }),
      refresh: { ...equity.refresh, value: m(equity.refresh.value) },
    },
    benefits: {
      ...benefits,
      value: m(benefits.value),
      employerCost: m(benefits.employerCost),
    },
    ...(band ? { band: { min: m(band.min), mid: m(band.mid), max: m(band.max) } } : {}),
  };
}
