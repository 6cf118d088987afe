import { normInv } from '../normInv';
import type { PublicPlan } from './publicPlan';

export const CHUNK_DRAWS = 1024;

/**
 * Equity of a public offer for the draws of one chunk (§5.5, §5.3): for each draw, the monthly
 * path ln S(m) = ln S(m−1) + step + sd·z_m from the offer's `price|y` streams (12 normals per
 * draw each, z = ρ·zMarket + √(1 − ρ²)·zOwn), then every lot sold at vest: RSU u·S(m), option
 * u·max(0, S(m) − K); refreshes buy value / S(grant month) units on the path.
 * `priceStates` holds one sfc32 state per year (4 int32 each), stepped in place.
 */
export function simulatePublic(
  plan: PublicPlan,
  H: number,
  priceStates: Int32Array,
  market: Float64Array | null,
  rho: number,
  equityOut: Float64Array, // draws × H, equity per year (not cumulative)
): void {
  const months = 12 * H;
  const S = new Float64Array(months + 1);
  const B = new Float64Array(H); // Σ_j shape(j)·S(12y + j) per year
  const { shape, yearWeights, refreshByYear } = plan;
  const vestYears = yearWeights.length;
  const own = Math.sqrt(1 - rho * rho);
  const { S0, step, sd, grants, isOptions } = plan;
  S[0] = S0;
  for (let i = 0; i < CHUNK_DRAWS; i++) {
    let L = 0;
    for (let y = 0; y < H; y++) {
      const o = 4 * y;
      let a = priceStates[o]!;
      let b = priceStates[o + 1]!;
      let c = priceStates[o + 2]!;
      let d = priceStates[o + 3]!;
      let sumY = 0;
      for (let j = 1; j <= 12; j++) {
        // sfc32 (§5.6), inlined
        const t = (((a + b) | 0) + d) | 0;
        d = (d + 1) | 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) | 0;
        c = (c << 21) | (c >>> 11);
        c = (c + t) | 0;
        let z = normInv(((t >>> 0) + 0.5) / 4294967296);
        if (market !== null) z = rho * market[i * months + 12 * y + j - 1]! + own * z;
        L += step + sd * z;
        const price = S0 * Math.exp(L);
        S[12 * y + j] = price;
        sumY += shape[j - 1]! * price;
      }
      B[y] = sumY;
      priceStates[o] = a;
      priceStates[o + 1] = b;
      priceStates[o + 2] = c;
      priceStates[o + 3] = d;
    }
    const row = i * H;
    for (let k = 0; k < H; k++) equityOut[row + k] = 0;
    for (const g of grants) {
      const atGrant = S[g.grantMonth]!;
      const units = g.refreshValue > 0 ? (atGrant > 0 ? g.refreshValue / atGrant : 0) : g.shares;
      if (refreshByYear && g.refreshValue > 0) {
        const s = g.grantMonth / 12; // 0-based year the refresh starts vesting in
        const end = Math.min(H, s + vestYears);
        for (let Y = s; Y < end; Y++) equityOut[row + Y]! += units * yearWeights[Y - s]! * B[Y]!;
        continue;
      }
      const strike = g.refreshValue > 0 ? (isOptions ? atGrant : 0) : g.strike;
      const ms = g.months;
      const fs = g.fractions;
      for (let e = 0; e < ms.length; e++) {
        const m = ms[e]!;
        const price = S[m]!;
        const v = isOptions ? (price > strike ? price - strike : 0) : price;
        equityOut[row + (((m - 1) / 12) | 0)]! += units * fs[e]! * v;
      }
    }
  }
}

/** 12 normals per draw per year from the shared `market|y` streams (only when ρ > 0). */
export function marketNormals(states: Int32Array[], H: number): Float64Array {
  const months = 12 * H;
  const out = new Float64Array(CHUNK_DRAWS * months);
  for (let i = 0; i < CHUNK_DRAWS; i++)
    for (let y = 0; y < H; y++) {
      const st = states[y]!;
      for (let j = 0; j < 12; j++) out[i * months + 12 * y + j] = normInv(uniformOf(st));
    }
  return out;
}

/** One sfc32 step on a state as a uniform in (0, 1). */
export function uniformOf(st: Int32Array): number {
  const a = st[0]!;
  const b = st[1]!;
  const c = st[2]!;
  const d = st[3]!;
  const t = (((a + b) | 0) + d) | 0;
  st[3] = (d + 1) | 0;
  st[0] = b ^ (b >>> 9);
  st[1] = (c + (c << 3)) | 0;
  st[2] = (((c << 21) | (c >>> 11)) + t) | 0;
  return ((t >>> 0) + 0.5) / 4294967296;
}
