import type { Offer } from '../schemas/offer';
import type { ExitValue } from '../types';
import { capTableAt, distributable } from './capTableAt';
import { unitValue } from './units';
import { exitWaterfall, type WaterfallResult } from './waterfall';

export interface ExitValueResult extends ExitValue {
  perShare: number; // value of one of the candidate's units at the exit (before exercise cost)
  waterfall?: WaterfallResult; // with a cap table
}

export interface ExitValueOptions {
  year?: number; // future rounds closed by then count (default: all)
  mode?: 'sale' | 'ipo';
}

/**
 * Value of the initial grant if a private company exits at valuation V.
 * With a cap table: p = exitWaterfall(capTableAt(offer, year ?? ∞), distributable(V)).commonPerShare.
 * Without: DESIGN.md's p = V × (1 − dilutionPct/100) / fullyDilutedShares.
 * RSUs and units: perShare = min(max(0, p − thresholdPrice), unitCapMultiple × sharePrice);
 * options: perShare = p, exerciseCost = shares × strike. gross = shares × perShare;
 * net = max(0, gross − exerciseCost). No equity, or no way to price a share: all zeros.
 */
export function exitValue(
  offer: Offer,
  exitValuation: number,
  opts: ExitValueOptions = {},
): ExitValueResult {
  const eq = offer.equity;
  const none = { gross: 0, exerciseCost: 0, net: 0, perShare: 0 };
  if (eq.type === 'none' || !Number.isFinite(exitValuation)) return none;
  let p: number;
  let waterfall: WaterfallResult | undefined;
  if (eq.capTable) {
    const state = capTableAt(offer, opts.year ?? Infinity);
    waterfall = exitWaterfall(
      state.stack,
      distributable(eq.capTable, exitValuation),
      state.commonShares,
      { optionTranches: state.optionTranches, mode: opts.mode ?? 'sale' },
    );
    p = waterfall.commonPerShare;
  } else {
    const F = eq.fullyDilutedShares;
    if (F === undefined || !(F > 0)) return none;
    p = (Math.max(0, exitValuation) * (1 - eq.dilutionPct / 100)) / F;
  }
  const isOptions = eq.type === 'options';
  const perShare = isOptions ? p : unitValue(offer, p, 0, eq.sharePrice);
  const gross = eq.shares * perShare;
  const exerciseCost = isOptions ? eq.shares * eq.strikePrice : 0;
  let net = Math.max(0, gross - exerciseCost);
  if (isOptions && eq.unitCapMultiple !== undefined)
    net = Math.min(net, eq.shares * eq.unitCapMultiple * eq.sharePrice);
  return waterfall
    ? { gross, exerciseCost, net, perShare, waterfall }
    : { gross, exerciseCost, net, perShare };
}
