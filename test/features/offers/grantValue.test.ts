import fc from 'fast-check';
import { parseOffer, type Equity } from '@/domain';
import {
  equityWithGrantValue,
  equityWithSharePrice,
  equityWithShares,
  grantValueOf,
  optionSpreadValue,
  sharesAfterRepricing,
  sharesForGrantValue,
  shownGrantValue,
} from '@/features/offers/grantValue';

describe('grant value and shares', () => {
  it('converts a grant value to shares at the share price', () => {
    expect(sharesForGrantValue(400_000, 250)).toBe(1_600);
    expect(grantValueOf(1_600, 250)).toBe(400_000);
  });

  it('cannot convert without a share price', () => {
    expect(sharesForGrantValue(400_000, 0)).toBeNull();
  });

  it('repricing keeps the grant value', () => {
    const shares = sharesAfterRepricing(1_600, 250, 200);
    expect(shares).toBe(2_000);
    expect(grantValueOf(shares, 200)).toBe(400_000);
    expect(sharesAfterRepricing(1_600, 0, 200)).toBe(1_600);
  });
});

describe('grant value waiting for a share price', () => {
  const equity = (patch: Partial<Equity> = {}): Equity =>
    parseOffer({ name: 'x', cash: { base: 1 }, equity: { type: 'rsu', ...patch } }).equity;

  it('is kept while there is no price, and becomes shares at the first price', () => {
    const waiting = equityWithGrantValue(equity(), 100_000);
    expect(waiting).toMatchObject({ pendingGrantValue: 100_000, shares: 0 });
    expect(shownGrantValue(waiting)).toBe(100_000);
    const priced = equityWithSharePrice(waiting, 250);
    expect(priced.shares).toBe(400);
    expect(priced).not.toHaveProperty('pendingGrantValue');
  });

  it('a zero price keeps it waiting; a share count replaces it', () => {
    const waiting = equityWithGrantValue(equity(), 5_000);
    expect(equityWithSharePrice(waiting, 0).pendingGrantValue).toBe(5_000);
    expect(equityWithShares(waiting, 10)).not.toHaveProperty('pendingGrantValue');
  });

  it('whatever the order, value then price and price then value give the same shares', () => {
    const price = fc.double({ min: 0.01, max: 1e6, noNaN: true });
    const value = fc.double({ min: 0, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(price, value, (p, v) => {
        const valueFirst = equityWithSharePrice(equityWithGrantValue(equity(), v), p);
        const priceFirst = equityWithGrantValue(equityWithSharePrice(equity(), p), v);
        expect(valueFirst.shares).toBeCloseTo(priceFirst.shares, 9);
        expect(grantValueOf(valueFirst.shares, p)).toBeCloseTo(v, 3);
      }),
    );
  });

  it('options: the spread is never negative and never above the paper value', () => {
    expect(optionSpreadValue(60_000, 12, 3)).toBe(540_000);
    expect(optionSpreadValue(1_000, 2, 3)).toBe(0);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        (shares, price, strike) => {
          const spread = optionSpreadValue(shares, price, strike);
          expect(spread).toBeGreaterThanOrEqual(0);
          expect(spread).toBeLessThanOrEqual(grantValueOf(shares, price));
        },
      ),
    );
  });
});
