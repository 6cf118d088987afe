import { normInv } from '../normInv';
import type { FlatCurve, PrivatePlan } from './privatePlan';
import { CHUNK_DRAWS, uniformOf } from './publicSim';

/** p on a flat curve: binary search, the last segment extended (§3.6). */
export function curveValue(curve: FlatCurve, D: number): number {
  const { x, p } = curve;
  const n = x.length;
  if (!(D > 0) || n === 0) return 0;
  let lo = 0;
  let hi = n - 1;
  if (D >= x[hi]!) lo = Math.max(0, hi - 1);
  else
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (x[mid]! <= D) lo = mid;
      else hi = mid;
    }
  const b = Math.min(lo + 1, n - 1);
  const dx = x[b]! - x[lo]!;
  return dx > 0 ? p[lo]! + ((D - x[lo]!) * (p[b]! - p[lo]!)) / dx : p[lo]!;
}

/**
 * Equity of a private offer for the draws of one chunk (§5.4): u1..u4 from the `exit` stream give
 * the exit year E, the exit value V of a mixture component, sale or IPO; p = curve(distributable(V))
 * (or V × (1 − dilution)/F without a cap table); tenders from the `tender` stream (15 per draw)
 * sell a share of what is vested; lots vesting after E follow postExitVesting.
 * Basis "vested": a lot's eventual value counts in its vest year; "realized": in the year cash arrives.
 */
export function simulatePrivate(
  plan: PrivatePlan,
  H: number,
  realized: boolean,
  exitState: Int32Array,
  tenderState: Int32Array | null,
  equityOut: Float64Array,
): void {
  const W = plan.window;
  const tu = new Float64Array(15);
  const tendersOn = new Uint8Array(21); // [t]: a tender happens at the end of year t
  const tp = plan.tenders;
  const sell = tp?.sell ?? 0;
  const nc = plan.sigma.length;
  for (let i = 0; i < CHUNK_DRAWS; i++) {
    const u1 = uniformOf(exitState);
    const u2 = uniformOf(exitState);
    const u3 = uniformOf(exitState);
    const u4 = uniformOf(exitState);
    if (tenderState !== null) for (let t = 0; t < 15; t++) tu[t] = uniformOf(tenderState);
    let E = 0;
    for (let k = 1; k <= W; k++)
      if (u1 < plan.exitCum[k - 1]!) {
        E = k;
        break;
      }
    let p = 0;
    if (E > 0) {
      let c = 0;
      while (c < nc - 1 && !(u2 < plan.weightCum[c]!)) c++;
      const V = plan.medianByYear[c * (W + 1) + E]! * Math.exp(plan.sigma[c]! * normInv(u3));
      const curve = plan.curves[E]![u4 < plan.ipoShare ? 1 : 0]!;
      p = curve
        ? curveValue(curve, Math.max(0, V * plan.keep - plan.netDebt))
        : V * plan.perShareScale;
    }
    let lastTender = 0;
    if (tp) {
      const end = Math.min(W, 15, E > 0 ? E - 1 : 15);
      for (let t = 1; t <= 20; t++) {
        const on = t <= end && tp.eligible[t - 1] === 1 && tu[t - 1]! < tp.prob;
        tendersOn[t] = on ? 1 : 0;
        if (on) lastTender = t;
      }
    }
    const row = i * H;
    for (let k = 0; k < H; k++) equityOut[row + k] = 0;
    for (const g of plan.grants)
      addGrant(plan, g, H, E, p, sell, tendersOn, lastTender, realized, equityOut, row);
  }
}

function addGrant(
  plan: PrivatePlan,
  g: PrivatePlan['grants'][number],
  H: number,
  E: number,
  p: number,
  sell: number,
  tendersOn: Uint8Array,
  lastTender: number,
  realized: boolean,
  out: Float64Array,
  row: number,
): void {
  // the exit's value per unit (§4): options max(0, p − K), units max(0, p − h), capped
  const raw = E > 0 ? (plan.isOptions ? p - g.strike : p - plan.threshold) : 0;
  const vx = Math.min(raw > 0 ? raw : 0, plan.cap * g.grantPrice);
  const units = g.unitsByYear;
  const accelerated = plan.postExit === 'accelerate' && E > 0 && g.grantMonth < 12 * E;
  // a lot vesting after E: continue at the exit's value; cancel, or counted at E when accelerated
  const afterValue = plan.postExit === 'cancel' || accelerated ? 0 : vx;
  if (!realized) {
    let w = vx; // eventual value per unit of a lot vesting in year k: tenders t ≥ k, then the exit
    for (let k = Math.max(H, lastTender); k >= 1; k--) {
      if (tendersOn[k] === 1) w = sell * g.tenderValue[k - 1]! + (1 - sell) * w;
      if (k > H) continue;
      out[row + k - 1]! += E === 0 || k <= E ? units[k - 1]! * w : units[k - 1]! * afterValue;
    }
  } else {
    let held = 0;
    for (let k = 1; k <= H; k++) {
      if (E === 0 || k <= E) held += units[k - 1]!;
      else out[row + k - 1]! += units[k - 1]! * afterValue;
      if (tendersOn[k] === 1) {
        out[row + k - 1]! += sell * held * g.tenderValue[k - 1]!;
        held *= 1 - sell;
      }
      if (k === E) {
        out[row + k - 1]! += held * vx;
        held = 0;
      }
    }
  }
  if (accelerated && E <= H) {
    let rest = 0; // every unit scheduled after year E vests at E
    for (let k = E + 1; k <= units.length; k++) rest += units[k - 1]!;
    out[row + E - 1]! += rest * vx;
  }
}
