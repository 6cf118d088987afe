// @vitest-environment node
import { exitValue, parseOffer, type OfferInput } from '@/domain';

const offer = (equity: OfferInput['equity']) =>
  parseOffer({ name: 'Startup', cash: { base: 0 }, equity });

describe('exitValue', () => {
  it('options: price = $1B × (1 − 20%) / 50M = $16; gross 100,000 × $16; exercise 100,000 × $1', () => {
    const value = exitValue(
      offer({
        type: 'options',
        shares: 100_000,
        strikePrice: 1,
        liquidity: 'private',
        dilutionPct: 20,
        fullyDilutedShares: 50_000_000,
      }),
      1_000_000_000,
    );
    expect(value.gross).toBeCloseTo(1_600_000, 6);
    expect(value.exerciseCost).toBe(100_000);
    expect(value.net).toBeCloseTo(1_500_000, 6);
  });

  it('RSUs cost nothing to exercise', () => {
    const value = exitValue(
      offer({ type: 'rsu', shares: 10_000, liquidity: 'private', fullyDilutedShares: 10_000_000 }),
      500_000_000,
    );
    expect(value).toEqual({ gross: 500_000, exerciseCost: 0, net: 500_000, perShare: 50 }); // $50 × 10,000
  });

  it('never nets below zero when the exit is under the strike', () => {
    // price = $10M / 50M = $0.20 < $1 strike
    const value = exitValue(
      offer({ type: 'options', shares: 100_000, strikePrice: 1, fullyDilutedShares: 50_000_000 }),
      10_000_000,
    );
    expect(value.gross).toBeCloseTo(20_000, 6);
    expect(value.net).toBe(0);
  });

  it('is zero without fully diluted shares or equity', () => {
    expect(exitValue(offer({ type: 'rsu', shares: 1_000 }), 1e9)).toEqual({
      gross: 0,
      exerciseCost: 0,
      net: 0,
      perShare: 0,
    });
    expect(exitValue(offer({ type: 'none', fullyDilutedShares: 1e6 }), 1e9)).toEqual({
      gross: 0,
      exerciseCost: 0,
      net: 0,
      perShare: 0,
    });
  });
});
