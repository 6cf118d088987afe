import type { BlackScholesInput } from '../types';

/**
 * Standard normal CDF via erfc (Numerical Recipes' Chebyshev fit, relative error < 1.2e-7).
 */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const erfc =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t *
                              (-1.13520398 +
                                t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/**
 * Black–Scholes–Merton call with continuous dividend yield q:
 * C = S e^{−qT} N(d1) − K e^{−rT} N(d2), d1 = [ln(S/K) + (r − q + σ²/2) T] / (σ√T), d2 = d1 − σ√T.
 * Edge cases stay finite: T ≤ 0 → max(0, S − K); σ√T ≈ 0 → discounted intrinsic
 * max(0, S e^{−qT} − K e^{−rT}); K = 0 → S e^{−qT}; S = 0 → 0.
 */
export function blackScholesCall(p: BlackScholesInput): number {
  const S = Math.max(0, p.price);
  const K = Math.max(0, p.strike);
  const T = p.years;
  if (!Number.isFinite(S) || !Number.isFinite(K)) return 0;
  if (!(T > 0)) return Math.max(0, S - K);
  const r = p.riskFreePct / 100;
  const q = (p.dividendPct ?? 0) / 100;
  const sigma = Math.max(0, p.volatilityPct / 100);
  const forwardS = S * Math.exp(-q * T);
  const discountedK = K * Math.exp(-r * T);
  if (S === 0) return 0;
  if (K === 0) return forwardS;
  const volRoot = sigma * Math.sqrt(T);
  if (!(volRoot > 1e-12)) return Math.max(0, forwardS - discountedK);
  const d1 = (Math.log(S / K) + (r - q + (sigma * sigma) / 2) * T) / volRoot;
  const d2 = d1 - volRoot;
  const value = forwardS * normalCdf(d1) - discountedK * normalCdf(d2);
  return Number.isFinite(value) ? Math.min(forwardS, Math.max(0, value)) : 0;
}
