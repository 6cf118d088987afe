import type { PreferredSeries } from '../schemas/capTable';
import { allocate, type Allocation } from './allocate';
import {
  bySeniority,
  seriesTerms,
  trancheTerms,
  type SeriesTerms,
  type WaterfallExtras,
} from './terms';

export interface WaterfallSeriesPayout {
  name: string;
  converted: boolean;
  preference: number;
  participation: number;
  asConverted: number;
  total: number;
  perShare: number; // total / preferred shares
}

export interface WaterfallResult {
  exitValue: number; // D, the distributable proceeds used
  commonPerShare: number; // p
  common: number; // commonShares × p
  series: WaterfallSeriesPayout[]; // stack order
  optionTranches: { name: string; perOption: number; total: number }[];
  converted: string[]; // names, sorted
}

/**
 * Divides distributable proceeds D among preferred series, common and option tranches
 * (docs/design/equity.md §3). Sale: every candidate takes the greater of holding and converting,
 * found as a stable set; IPO: every convertible series converts.
 */
export function exitWaterfall(
  stack: PreferredSeries[],
  exitValue: number,
  commonShares: number,
  extras: WaterfallExtras = {},
): WaterfallResult {
  if (!(commonShares > 0) || !Number.isFinite(commonShares))
    throw new RangeError('exitWaterfall: commonShares must be > 0');
  const D = Number.isFinite(exitValue) ? Math.max(0, exitValue) : 0;
  const terms = seriesTerms(stack);
  const tranches = trancheTerms(extras.optionTranches);
  const order = bySeniority(terms);
  const converted =
    extras.mode === 'ipo'
      ? terms.map((s) => s.convertible)
      : stableConversionSet(terms, order, commonShares, tranches, D);
  const a = allocate(terms, order, commonShares, tranches, D, converted);
  return describe(terms, tranches, commonShares, D, converted, a);
}

/**
 * Candidates in order of threshold ascending, seniority descending, name; a candidate switches
 * when that pays strictly more (by 1e-9 × max(D, 1)); restart after every switch until a full
 * pass changes nothing. Ties hold. Fails loudly after 4·(k+1)² switches.
 */
function stableConversionSet(
  terms: readonly SeriesTerms[],
  order: readonly number[],
  commonShares: number,
  tranches: Parameters<typeof allocate>[3],
  D: number,
): boolean[] {
  const converted = terms.map(() => false);
  if (D <= 0) return converted;
  const candidates = terms
    .map((s, i) => i)
    .filter((i) => terms[i]!.candidate)
    .sort((i, j) => {
      const a = terms[i]!;
      const b = terms[j]!;
      return (
        a.t - b.t || b.seniority - a.seniority || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
      );
    });
  const k = candidates.length;
  const tolerance = 1e-9 * Math.max(D, 1);
  const limit = 4 * (k + 1) * (k + 1);
  let current = allocate(terms, order, commonShares, tranches, D, converted);
  let changes = 0;
  for (let restart = true; restart;) {
    restart = false;
    for (const i of candidates) {
      converted[i] = !converted[i];
      const switched = allocate(terms, order, commonShares, tranches, D, converted);
      if (switched.payout[i]! > current.payout[i]! + tolerance) {
        current = switched;
        if (++changes > limit)
          throw new Error(`exitWaterfall: no stable conversion set after ${limit} changes`);
        restart = true;
        break;
      }
      converted[i] = !converted[i];
    }
  }
  return converted;
}

function describe(
  terms: readonly SeriesTerms[],
  tranches: ReturnType<typeof trancheTerms>,
  commonShares: number,
  D: number,
  converted: readonly boolean[],
  a: Allocation,
): WaterfallResult {
  const series = terms.map((s, i) => {
    const total = a.payout[i]!;
    return {
      name: s.name,
      converted: converted[i]!,
      preference: converted[i] ? 0 : a.paid[i]!,
      participation: converted[i] ? 0 : a.participation[i]!,
      asConverted: converted[i] ? total : 0,
      total,
      perShare: s.shares > 0 ? total / s.shares : 0,
    };
  });
  return {
    exitValue: D,
    commonPerShare: a.p,
    common: commonShares * a.p,
    series,
    optionTranches: tranches.map((t) => {
      const perOption = Math.max(0, a.p - t.strike);
      return { name: t.name, perOption, total: t.count * perOption };
    }),
    converted: series
      .filter((s) => s.converted)
      .map((s) => s.name)
      .sort(),
  };
}
