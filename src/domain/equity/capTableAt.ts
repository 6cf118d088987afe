import type { CapTable, OptionTranche, PreferredSeries } from '../schemas/capTable';
import type { Offer } from '../schemas/offer';

/** A cap table as the waterfall sees it at one moment. */
export interface CapTableState {
  stack: PreferredSeries[];
  commonShares: number;
  optionTranches: OptionTranche[];
}

/** D = max(0, V × (1 − transactionFeePct/100 − carveOutPct/100) − netDebt). */
export function distributable(capTable: CapTable, exitValuation: number): number {
  const V = Number.isFinite(exitValuation) ? exitValuation : 0;
  const keep = 1 - (capTable.transactionFeePct ?? 0) / 100 - (capTable.carveOutPct ?? 0) / 100;
  return Math.max(0, V * keep - (capTable.netDebt ?? 0));
}

/** The name the engine gives the offer's own grant when it adds it to the table. */
export const GRANT_TRANCHE = 'This offer';

/**
 * The table at the end of `year`: today's table, plus this offer's grant unless `includesGrant`
 * (RSUs as common, options as a tranche at strikePrice), plus every future round with
 * round.year ≤ year, in year order. A round of dilution d over the fully diluted count
 * F = C + Σ n_i + Σ m_k + pool adds s = F·d/(1 − d) shares: a preferred series (invested given,
 * or preMoney·d/(1 − d)) or an option tranche at `strike` ("common").
 * Without a cap table: no series, and the fully diluted shares (or the grant) as common.
 */
export function capTableAt(offer: Offer, year: number): CapTableState {
  const eq = offer.equity;
  const table = eq.capTable;
  if (!table) {
    return {
      stack: [],
      commonShares: eq.fullyDilutedShares ?? Math.max(eq.shares, 1),
      optionTranches: [],
    };
  }
  let commonShares = table.commonShares;
  const stack: PreferredSeries[] = table.series.map((s) => ({ ...s }));
  const optionTranches: OptionTranche[] = table.optionTranches.map((k) => ({ ...k }));
  if (!table.includesGrant && eq.shares > 0) {
    if (eq.type === 'rsu') commonShares += eq.shares;
    else if (eq.type === 'options')
      optionTranches.push({ name: GRANT_TRANCHE, count: eq.shares, strike: eq.strikePrice });
  }
  const rounds = table.futureRounds
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.year <= year)
    .sort((a, b) => a.r.year - b.r.year || a.i - b.i);
  for (const { r, i } of rounds) {
    const d = r.dilutionPct / 100;
    const F =
      commonShares +
      stack.reduce((sum, s) => sum + s.shares * s.conversionRatio, 0) +
      optionTranches.reduce((sum, k) => sum + k.count, 0) +
      table.unallocatedPool;
    const s = (F * d) / (1 - d);
    const name = r.name || `Future round ${i + 1}`;
    if (r.kind === 'common') {
      optionTranches.push({ name, count: s, strike: r.strike });
      continue;
    }
    const top = stack.length > 0 ? Math.max(...stack.map((x) => x.seniority)) : null;
    stack.push({
      name: uniqueName(name, stack),
      shares: s,
      invested: r.invested ?? ((r.preMoney ?? 0) * d) / (1 - d),
      prefMultiple: r.prefMultiple,
      participating: r.participating,
      capMultiple: r.capMultiple,
      seniority: r.seniority ?? (top === null ? 0 : table.stacking === 'standard' ? top + 1 : top),
      conversionRatio: 1,
      accruedDividends: 0,
      convertible: true,
    });
  }
  return { stack, commonShares, optionTranches };
}

function uniqueName(name: string, stack: readonly PreferredSeries[]): string {
  let candidate = name;
  for (let k = 2; stack.some((s) => s.name === candidate); k++) candidate = `${name} (${k})`;
  return candidate;
}

/** Fully diluted count of a table: C + Σ n_i + Σ m_k (+ the unallocated pool when given). */
export function fullyDiluted(state: CapTableState, pool = 0): number {
  return (
    state.commonShares +
    state.stack.reduce((sum, s) => sum + s.shares * (s.conversionRatio ?? 1), 0) +
    state.optionTranches.reduce((sum, k) => sum + k.count, 0) +
    pool
  );
}
