import type { Offer } from '../schemas/offer';
import type { ExitValue } from '../types';

/**
 * Value of the initial grant if a private company exits at valuation V:
 * price = V × (1 − dilutionPct/100) / fullyDilutedShares; gross = shares × price;
 * exerciseCost = shares × strike (options); net = max(0, gross − exerciseCost).
 * Without equity or fully diluted shares there is nothing to value: all zeros.
 */
export function exitValue(offer: Offer, exitValuation: number): ExitValue {
  const eq = offer.equity;
  const F = eq.fullyDilutedShares;
  if (eq.type === 'none' || F === undefined || !(F > 0) || !Number.isFinite(exitValuation)) {
    return { gross: 0, exerciseCost: 0, net: 0 };
  }
  const price = (Math.max(0, exitValuation) * (1 - eq.dilutionPct / 100)) / F;
  const gross = eq.shares * price;
  const exerciseCost = eq.type === 'options' ? eq.shares * eq.strikePrice : 0;
  return { gross, exerciseCost, net: Math.max(0, gross - exerciseCost) };
}
