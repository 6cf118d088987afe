import type { OptionTranche } from '../schemas/capTable';
import type { SeriesTerms } from './terms';

/** What each holder gets for one conversion set (docs/design/equity.md §3.3). */
export interface Allocation {
  p: number; // value of one common share
  paid: Float64Array; // preference paid to each holding series (0 when converted)
  participation: Float64Array; // participation of each holding participating series
  payout: Float64Array; // total of each series
}

/**
 * Allocates D for the conversion set `converted`:
 * 1. preferences of the holding series by seniority (highest first), a shortfall within a tier
 *    shared pro rata to the amounts owed; 2. the residual R shared by solving
 *    f(p) = (C + Σ_S n_i)·p + Σ_{H part} min(n_i·p, room_i) + Σ_k m_k·max(0, p − K_k) = R
 *    exactly on its linear segments; 3. payouts.
 */
export function allocate(
  terms: readonly SeriesTerms[],
  order: readonly number[],
  commonShares: number,
  tranches: readonly OptionTranche[],
  D: number,
  converted: ArrayLike<boolean>,
): Allocation {
  const k = terms.length;
  const paid = new Float64Array(k);
  let R = Math.max(0, D);
  for (let g = 0; g < order.length && R > 0;) {
    // one tier: every holding series with this seniority
    const seniority = terms[order[g]!]!.seniority;
    let end = g;
    let need = 0;
    while (end < order.length && terms[order[end]!]!.seniority === seniority) {
      const i = order[end]!;
      if (!converted[i]) need += terms[i]!.L;
      end++;
    }
    const share = need <= R ? 1 : R / need;
    for (let j = g; j < end; j++) {
      const i = order[j]!;
      if (!converted[i]) paid[i] = need <= R ? terms[i]!.L : terms[i]!.L * share;
    }
    R = need <= R ? R - need : 0;
    g = end;
  }
  const p = R > 0 ? solveResidual(terms, commonShares, tranches, R, converted, paid) : 0;
  const participation = new Float64Array(k);
  const payout = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const s = terms[i]!;
    if (converted[i]) {
      payout[i] = s.n * p;
      continue;
    }
    if (s.participating) participation[i] = Math.min(s.n * p, Math.max(0, s.T - paid[i]!));
    payout[i] = paid[i]! + participation[i]!;
  }
  return { p, paid, participation, payout };
}

/** The unique p with f(p) = R (f strictly increasing since C > 0), walking f's knots in order. */
function solveResidual(
  terms: readonly SeriesTerms[],
  commonShares: number,
  tranches: readonly OptionTranche[],
  R: number,
  converted: ArrayLike<boolean>,
  paid: Float64Array,
): number {
  let slope = commonShares;
  const knots: { x: number; d: number }[] = [];
  for (let i = 0; i < terms.length; i++) {
    const s = terms[i]!;
    if (converted[i]) slope += s.n;
    else if (s.participating && s.n > 0) {
      const room = s.T - paid[i]!;
      if (room > 0) {
        slope += s.n;
        if (Number.isFinite(room)) knots.push({ x: room / s.n, d: -s.n }); // its cap binds here
      }
    }
  }
  for (const t of tranches) knots.push({ x: t.strike, d: t.count }); // in the money from K
  knots.sort((a, b) => a.x - b.x);
  let a = 0;
  let f = 0;
  for (const knot of knots) {
    if (knot.x > a) {
      const fb = f + slope * (knot.x - a);
      if (R <= fb && slope > 0) return a + (R - f) / slope;
      f = fb;
      a = knot.x;
    }
    slope += knot.d;
  }
  return a + (R - f) / slope;
}
