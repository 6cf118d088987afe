import fc from 'fast-check';
import { expect, test } from 'vitest';
import { convertOfferCurrency, parseOffer, type Offer } from '@/domain';
import { offer } from '../arbitraries';

const usdOffer = parseOffer({
  name: 'Lab',
  currency: 'USD',
  cash: {
    base: 200_000,
    bonusTargetPct: 15,
    signOn: 30_000,
    signOnYear2: 10_000,
    relocation: 5_000,
  },
  equity: {
    type: 'options',
    shares: 10_000,
    sharePrice: 12.5,
    strikePrice: 3,
    refresh: { value: 40_000 },
  },
  benefits: { value: 20_000, employerCost: 25_000 },
  band: { min: 180_000, mid: 200_000, max: 220_000 },
  ratings: { data: 8 },
});

test('every money amount is restated at the rate; shares, percents and ratings are not', () => {
  const eur = convertOfferCurrency(usdOffer, 'EUR', 0.9);
  expect(eur.currency).toBe('EUR');
  expect(eur.cash).toEqual({
    ...usdOffer.cash,
    base: 180_000,
    signOn: 27_000,
    signOnYear2: 9_000,
    relocation: 4_500,
  });
  expect(eur.equity).toMatchObject({
    shares: 10_000,
    sharePrice: 11.25,
    strikePrice: 2.7,
    refresh: { value: 36_000, startYear: 2 },
  });
  expect(eur.benefits).toEqual({ value: 18_000, employerCost: 22_500 });
  expect(eur.band).toEqual({ min: 162_000, mid: 180_000, max: 198_000 });
  expect(eur.ratings).toEqual(usdOffer.ratings);
  expect(eur.cash.bonusTargetPct).toBe(15);
});

test('an offer without a band stays without one, and a bad rate is refused', () => {
  const { band: _band, ...noBand } = usdOffer;
  expect(convertOfferCurrency(noBand, 'GBP', 0.8)).not.toHaveProperty('band');
  expect(() => convertOfferCurrency(usdOffer, 'EUR', 0)).toThrow(/exchange rate/);
  expect(() => convertOfferCurrency(usdOffer, 'EUR', Number.NaN)).toThrow(/exchange rate/);
});

test('property: converting there and back restores every amount to within cent rounding', () => {
  const moneyOf = (o: Offer) => [
    o.cash.base,
    o.cash.signOn,
    o.cash.signOnYear2,
    o.cash.relocation,
    o.equity.sharePrice,
    o.equity.strikePrice,
    o.equity.refresh.value,
    o.benefits.value,
    o.benefits.employerCost,
  ];
  const notMoney = (o: Offer) => ({
    ...o,
    cash: null,
    equity: { ...o.equity, sharePrice: 0, strikePrice: 0, refresh: o.equity.refresh.startYear },
    benefits: null,
    band: null,
  });
  fc.assert(
    fc.property(offer, fc.double({ min: 0.01, max: 200, noNaN: true }), (o, rate) => {
      const there = convertOfferCurrency(o, 'EUR', rate);
      const back = convertOfferCurrency(there, o.currency, 1 / rate);
      // Two roundings to the cent: 0.005 in the other currency (÷ rate on the way back) + 0.005.
      moneyOf(back).forEach((amount, i) => {
        const original = moneyOf(o)[i]!;
        expect(Math.abs(amount - original)).toBeLessThanOrEqual(
          0.005 / rate + 0.005 + 1e-9 * original,
        );
      });
      expect(notMoney(back)).toEqual(notMoney(o));
      expect(back.cash.bonusTargetPct).toBe(o.cash.bonusTargetPct);
    }),
    { numRuns: 500 },
  );
});

test('a grant value waiting for a share price is money too, and is restated', () => {
  const waiting = { ...usdOffer, equity: { ...usdOffer.equity, pendingGrantValue: 100_000 } };
  expect(convertOfferCurrency(waiting, 'EUR', 0.9).equity.pendingGrantValue).toBe(90_000);
  expect(convertOfferCurrency(usdOffer, 'EUR', 0.9).equity).not.toHaveProperty('pendingGrantValue');
});
