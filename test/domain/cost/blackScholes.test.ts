// @vitest-environment node
import { blackScholesCall } from '@/domain';

describe('blackScholesCall', () => {
  it('matches Hull’s example: S = 42, K = 40, r = 10%, σ = 20%, T = 0.5 → 4.76', () => {
    // d1 = [ln(42/40) + (0.1 + 0.02) × 0.5] / (0.2 √0.5) = 0.7693, d2 = 0.6278
    // C = 42 N(0.7693) − 40 e^−0.05 N(0.6278) = 4.76
    expect(
      blackScholesCall({ price: 42, strike: 40, years: 0.5, volatilityPct: 20, riskFreePct: 10 }),
    ).toBeCloseTo(4.7594, 3);
  });

  it('at the money, S = K = 100, r = 5%, σ = 20%, T = 1 → 10.4506', () => {
    expect(
      blackScholesCall({ price: 100, strike: 100, years: 1, volatilityPct: 20, riskFreePct: 5 }),
    ).toBeCloseTo(10.4506, 3);
  });

  it('with a 2% dividend yield: d1 = 0.25, d2 = 0.05, C = 100e^−0.02 N(0.25) − 100e^−0.05 N(0.05) = 9.227', () => {
    expect(
      blackScholesCall({
        price: 100,
        strike: 100,
        years: 1,
        volatilityPct: 20,
        riskFreePct: 5,
        dividendPct: 2,
      }),
    ).toBeCloseTo(9.227, 3);
  });

  it('at expiry is the intrinsic value', () => {
    expect(
      blackScholesCall({ price: 42, strike: 40, years: 0, volatilityPct: 20, riskFreePct: 10 }),
    ).toBe(2);
    expect(
      blackScholesCall({ price: 38, strike: 40, years: 0, volatilityPct: 20, riskFreePct: 10 }),
    ).toBe(0);
  });

  it('with no volatility is the discounted intrinsic value: 100 − 90 e^−0.05 = 14.389', () => {
    expect(
      blackScholesCall({ price: 100, strike: 90, years: 1, volatilityPct: 0, riskFreePct: 5 }),
    ).toBeCloseTo(100 - 90 * Math.exp(-0.05), 9);
    expect(
      blackScholesCall({ price: 80, strike: 90, years: 1, volatilityPct: 0, riskFreePct: 5 }),
    ).toBe(0);
  });

  it('stays finite and within [0, S] at the edges', () => {
    expect(
      blackScholesCall({ price: 0, strike: 10, years: 5, volatilityPct: 60, riskFreePct: 4 }),
    ).toBe(0);
    expect(
      blackScholesCall({ price: 10, strike: 0, years: 5, volatilityPct: 60, riskFreePct: 4 }),
    ).toBe(10);
    const wild = blackScholesCall({
      price: 10,
      strike: 10,
      years: 15,
      volatilityPct: 300,
      riskFreePct: 30,
    });
    expect(Number.isFinite(wild)).toBe(true);
    expect(wild).toBeGreaterThan(0);
    expect(wild).toBeLessThanOrEqual(10);
  });
});
