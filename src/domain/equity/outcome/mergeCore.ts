import type { Offer } from '../../schemas/offer';
import type { OutcomeModel } from '../../schemas/outcome';
import { describeAssumptions } from './assumptions';
import type { OutcomeChunk } from './chunk';
import { bestAndPairwise, columnStats, type ColumnStats } from './stats';

export interface OutcomeYear extends ColumnStats {
  year: number;
}

export interface OutcomeResult {
  draws: number;
  seed: number; // uint32 used
  horizonYears: number;
  metric: OutcomeModel['metric'];
  basis: OutcomeModel['basis'];
  currency: string;
  offers: {
    name: string;
    key: string;
    byYear: OutcomeYear[];
    probBest: number; // at the horizon, ties split
    pEquityZero: number;
  }[];
  pairwise: number[][];
  stable: boolean; // every p50Stable
  assumptions: string[];
}

/**
 * Percentiles, means and interval of the median per offer and year, the chance each offer is best
 * and the pairwise table, over the chunks in chunk order (§5.7). Names from `offers` when given.
 */
export function mergeParsedChunks(
  chunks: OutcomeChunk[],
  parsed: OutcomeModel,
  offers?: Offer[],
): OutcomeResult {
  const H = parsed.horizonYears;
  const ordered = [...chunks].sort((a, b) => a.chunk - b.chunk);
  const first = ordered[0];
  const keys = first?.keys ?? [];
  const n = ordered.reduce((s, c) => s + c.draws, 0);
  const horizon: Float64Array[] = [];
  const result = keys.map((key, j) => {
    const byYear: OutcomeYear[] = [];
    for (let k = 0; k < H; k++) {
      const column = new Float64Array(n);
      let at = 0;
      for (const c of ordered) {
        const v = c.values[j]!;
        for (let i = 0; i < c.draws; i++) column[at++] = v[i * H + k]!;
      }
      if (k === H - 1) horizon.push(column.slice());
      byYear.push({ year: k + 1, ...columnStats(column) });
    }
    let zeros = 0;
    for (const c of ordered) {
      const z = c.equityZero[j]!;
      for (let i = 0; i < c.draws; i++) zeros += z[i]!;
    }
    return {
      name: offers?.[j]?.name ?? key,
      key,
      byYear,
      probBest: 0,
      pEquityZero: n > 0 ? zeros / n : 0,
    };
  });
  const { probBest, pairwise } = bestAndPairwise(horizon, n);
  result.forEach((r, j) => (r.probBest = probBest[j] ?? 0));
  return {
    draws: n,
    seed: first?.seed ?? 0,
    horizonYears: H,
    metric: parsed.metric,
    basis: parsed.basis,
    currency: parsed.currency,
    offers: result,
    pairwise,
    stable: result.every((r) => r.byYear.every((y) => y.p50Stable)),
    assumptions: offers ? describeAssumptions(offers, parsed) : describeAssumptions([], parsed),
  };
}
