import type { OptionTranche, PreferredSeries } from '../schemas/capTable';

/** Extra inputs of the waterfall: option tranches on common and the kind of exit. */
export interface WaterfallExtras {
  optionTranches?: OptionTranche[];
  mode?: 'sale' | 'ipo';
}

/** Per series, the amounts of docs/design/equity.md §3.2, in the stack's order. */
export interface SeriesTerms {
  name: string;
  shares: number;
  L: number; // preference: prefMultiple × invested + accruedDividends
  n: number; // as-converted common shares: shares × conversionRatio
  T: number; // total cap: capMultiple × invested (∞ if uncapped); participating only
  participating: boolean;
  seniority: number;
  convertible: boolean; // convertible and n > 0
  /** May convert in a sale: non-participating or capped participating, convertible, n > 0. */
  candidate: boolean;
  t: number; // conversion threshold on p: L/n, or max(T, L)/n when capped participating
}

const num = (x: unknown, fallback: number): number =>
  typeof x === 'number' && Number.isFinite(x) ? x : fallback;

/**
 * The terms of each series. Accepts parsed series and plain objects alike (defaults of §2 fill
 * what is missing; `issuePrice × shares` stands in for a missing `invested`).
 */
export function seriesTerms(stack: readonly PreferredSeries[]): SeriesTerms[] {
  return stack.map((raw) => {
    const s = raw as Partial<PreferredSeries> & { issuePrice?: number };
    const shares = Math.max(0, num(s.shares, 0));
    const invested = Math.max(0, num(s.invested, num(s.issuePrice, 0) * shares));
    const participating = s.participating === true;
    const cap = participating && typeof s.capMultiple === 'number' ? s.capMultiple : null;
    const L =
      Math.max(0, num(s.prefMultiple, 1)) * invested + Math.max(0, num(s.accruedDividends, 0));
    const n = shares * Math.max(0, num(s.conversionRatio, 1));
    const T = cap === null ? Infinity : cap * invested;
    const convertible = s.convertible !== false && n > 0;
    const candidate = convertible && (!participating || Number.isFinite(T));
    const t = !candidate ? Infinity : participating ? Math.max(T, L) / n : L / n;
    return {
      name: String(s.name ?? ''),
      shares,
      L,
      n,
      T,
      participating,
      seniority: num(s.seniority, 0),
      convertible,
      candidate,
      t,
    };
  });
}

/** Option tranches with a count > 0 (strike ≥ 0). */
export function trancheTerms(tranches: readonly OptionTranche[] | undefined): OptionTranche[] {
  return (tranches ?? [])
    .map((k) => ({
      name: String(k.name ?? ''),
      count: num(k.count, 0),
      strike: Math.max(0, num(k.strike, 0)),
    }))
    .filter((k) => k.count > 0);
}

/** Indexes of the series sorted by seniority, highest (paid first) first; stable. */
export function bySeniority(terms: readonly SeriesTerms[]): number[] {
  return terms.map((_, i) => i).sort((a, b) => terms[b]!.seniority - terms[a]!.seniority || a - b);
}
