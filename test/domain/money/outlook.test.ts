// @vitest-environment node
import { applyOutlook, EQUITY_OUTLOOKS, parseOffer, type OfferInput } from '@/domain';

const offer = (equity: OfferInput['equity']) =>
  parseOffer({ name: 'x', cash: { base: 1 }, equity });

describe('applyOutlook', () => {
  const privateOptions = offer({
    type: 'options',
    shares: 1_000,
    growthPct: 20,
    liquidity: 'private',
    successPct: 40,
  });

  it('returns the offer itself for the expected outlook', () => {
    expect(applyOutlook(privateOptions, 'expected')).toBe(privateOptions);
  });

  it('conservative: no growth and half the private success chance (40% → 20%)', () => {
    const modeled = applyOutlook(privateOptions, 'conservative');
    expect(modeled.equity).toMatchObject({ growthPct: 0, successPct: 20 });
    expect(privateOptions.equity.growthPct).toBe(20); // the input is not mutated
    expect(
      applyOutlook(offer({ type: 'rsu', growthPct: -10 }), 'conservative').equity.growthPct,
    ).toBe(-10); // declines stay
  });

  it('optimistic: growth +10 points and private success × 1.5, capped at 100', () => {
    expect(applyOutlook(privateOptions, 'optimistic').equity).toMatchObject({
      growthPct: 30,
      successPct: 60,
    });
    expect(
      applyOutlook(offer({ type: 'rsu', liquidity: 'private', successPct: 80 }), 'optimistic')
        .equity.successPct,
    ).toBe(100);
  });

  it('leaves public success alone', () => {
    const publicRsu = offer({ type: 'rsu', successPct: 100, growthPct: 5 });
    expect(applyOutlook(publicRsu, 'conservative').equity).toMatchObject({
      successPct: 100,
      growthPct: 0,
    });
    expect(applyOutlook(publicRsu, 'optimistic').equity).toMatchObject({
      successPct: 100,
      growthPct: 15,
    });
  });

  it('lists the three presets with labels', () => {
    expect(EQUITY_OUTLOOKS.map((o) => o.id)).toEqual(['conservative', 'expected', 'optimistic']);
    expect(EQUITY_OUTLOOKS.every((o) => o.label && o.description)).toBe(true);
  });
});
