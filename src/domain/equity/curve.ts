import type { PreferredSeries } from '../schemas/capTable';
import {
  bySeniority,
  seriesTerms,
  trancheTerms,
  type SeriesTerms,
  type WaterfallExtras,
} from './terms';

export interface CurveKnot {
  exitValue: number; // D
  commonPerShare: number; // p(D)
}

/**
 * The breakpoints of p(D), exactly (docs/design/equity.md §3.6). Above the preferences p > 0 and
 * every holding preference is paid, so D is a piecewise-linear function of p:
 *   D(p) = Σ_{H(p)} L_i + (C + Σ_{S(p)} n_i)·p + Σ_{H part} min(n_i·p, max(0, T_i − L_i))
 *          + Σ_k m_k·max(0, p − K_k)
 * with S(p) = candidates whose threshold t_i < p (sale) or every convertible series (IPO). Its
 * kinks are at p = t_i, K_k and the caps (T_i − L_i)/n_i; each knot is (D(x), x) in closed form.
 * Below Σ_H L_i common gets nothing (knots where each tier is first fully paid).
 */
export function waterfallCurve(
  stack: PreferredSeries[],
  commonShares: number,
  extras: WaterfallExtras & { maxExitValue?: number } = {},
): CurveKnot[] {
  if (!(commonShares > 0) || !Number.isFinite(commonShares))
    throw new RangeError('waterfallCurve: commonShares must be > 0');
  const terms = seriesTerms(stack);
  const tranches = trancheTerms(extras.optionTranches);
  const ipo = extras.mode === 'ipo';
  const convertsAt = (s: SeriesTerms, x: number) => (ipo ? s.convertible : s.candidate && s.t < x);
  const D = (x: number): number => {
    let d = 0;
    let slope = commonShares;
    for (const s of terms) {
      if (convertsAt(s, x)) slope += s.n;
      else {
        d += s.L;
        if (s.participating) d += Math.min(s.n * x, Math.max(0, s.T - s.L));
      }
    }
    for (const k of tranches) d += k.count * Math.max(0, x - k.strike);
    return d + slope * x;
  };
  const xs = new Set<number>();
  for (const s of terms) {
    if (!ipo && s.candidate && s.t > 0) xs.add(s.t);
    const holds = ipo ? !s.convertible : true;
    if (holds && s.participating && s.n > 0 && Number.isFinite(s.T) && s.T > s.L)
      xs.add((s.T - s.L) / s.n);
  }
  for (const k of tranches) if (k.strike > 0) xs.add(k.strike);
  const pKnots = [...xs].sort((a, b) => a - b);
  const knots: CurveKnot[] = [{ exitValue: 0, commonPerShare: 0 }];
  // the tiers of the series holding just above p = 0, paid in turn
  const order = bySeniority(terms);
  let covered = 0;
  for (let g = 0; g < order.length;) {
    const seniority = terms[order[g]!]!.seniority;
    while (g < order.length && terms[order[g]!]!.seniority === seniority) {
      const s = terms[order[g]!]!;
      if (!convertsAt(s, 0) && !(s.candidate && s.t === 0)) covered += s.L;
      g++;
    }
    knots.push({ exitValue: covered, commonPerShare: 0 });
  }
  for (const x of pKnots) knots.push({ exitValue: D(x), commonPerShare: x });
  // one more point past the last kink fixes the final slope
  const last = pKnots.length > 0 ? pKnots[pKnots.length - 1]! : 0;
  const far = 2 * last + 1;
  knots.push({ exitValue: D(far), commonPerShare: far });
  const clean = dedupe(knots);
  const maxExit = extras.maxExitValue ?? defaultMaxExit(terms, tranches, commonShares);
  const kept = clean.filter((k) => k.exitValue < maxExit);
  kept.push({ exitValue: maxExit, commonPerShare: interpolate(clean, maxExit) });
  return kept;
}

/** max(1.25·V*, 2·Σ L), V* = max(t_i, K_k) × (C + Σ n_i + Σ m_k) + Σ L (all converted, all in the money). */
function defaultMaxExit(
  terms: readonly SeriesTerms[],
  tranches: ReturnType<typeof trancheTerms>,
  commonShares: number,
): number {
  let top = 0;
  let shares = commonShares;
  let prefs = 0;
  for (const s of terms) {
    if (s.candidate) top = Math.max(top, s.t);
    shares += s.n;
    prefs += s.L;
  }
  for (const k of tranches) {
    top = Math.max(top, k.strike);
    shares += k.count;
  }
  const max = Math.max(1.25 * (top * shares + prefs), 2 * prefs);
  return max > 0 ? max : commonShares; // no preferences, no options: up to p = 1
}

/** Sorted by exit value; of knots at the same exit value the last is kept (p is continuous). */
function dedupe(knots: CurveKnot[]): CurveKnot[] {
  const sorted = [...knots].sort(
    (a, b) => a.exitValue - b.exitValue || a.commonPerShare - b.commonPerShare,
  );
  const out: CurveKnot[] = [];
  for (const k of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.exitValue === k.exitValue) out[out.length - 1] = k;
    else out.push(k);
  }
  return out;
}

/** Linear interpolation on the knots; the last segment is extended beyond the last knot. */
export function interpolate(knots: readonly CurveKnot[], D: number): number {
  if (!(D > 0) || knots.length === 0) return 0;
  let lo = 0;
  let hi = knots.length - 1;
  if (D >= knots[hi]!.exitValue) lo = Math.max(0, hi - 1);
  else {
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (knots[mid]!.exitValue <= D) lo = mid;
      else hi = mid;
    }
  }
  const a = knots[lo]!;
  const b = knots[Math.min(lo + 1, knots.length - 1)]!;
  if (b.exitValue === a.exitValue) return a.commonPerShare;
  return (
    a.commonPerShare +
    ((D - a.exitValue) * (b.commonPerShare - a.commonPerShare)) / (b.exitValue - a.exitValue)
  );
}
