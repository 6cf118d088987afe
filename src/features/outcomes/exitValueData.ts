import { capTableAt, exitValue, fullyDiluted, waterfallCurve, type Offer } from '@/domain';

/** One point of an exit-value line: the exit valuation V and the grant's net value there. */
export interface ExitPoint {
  exitValue: number;
  net: number;
}

/** A row of the exit-value table. */
export interface ExitRow {
  label: string; // "2× today"
  exitValue: number;
  gross: number;
  exerciseCost: number;
  net: number;
  formulaNet: number | null; // DESIGN.md's simple formula, when it can be computed
}

export interface ExitValueView {
  offerId: string;
  name: string;
  currency: string;
  today: number; // valuation implied by the share price: sharePrice × fully diluted shares
  hasCapTable: boolean;
  line: ExitPoint[]; // the waterfall (or, without a cap table, the formula)
  formulaLine: ExitPoint[] | null; // with a cap table: the simple formula for comparison
  breakpoints: ExitPoint[]; // where the waterfall changes slope (Carta's breakpoints)
  rows: ExitRow[];
  /** The exit value below which the grant nets nothing, and the preferences ahead of common. */
  zeroBelow: number;
  preferences: number;
}

const MULTIPLES = [0.5, 1, 2, 3];
const SAMPLES = 60;

/** The offers an exit-value view can be drawn for: private equity with a way to price a share. */
export function exitValueOffers(offers: readonly Offer[]): Offer[] {
  return offers.filter(
    (o) =>
      o.equity.type !== 'none' &&
      o.equity.liquidity === 'private' &&
      o.equity.shares > 0 &&
      (o.equity.capTable !== undefined || o.equity.fullyDilutedShares !== undefined),
  );
}

/**
 * What the initial grant nets at exit values from 0 to 3× today's valuation (DESIGN.md's
 * `exitValue`, through the cap table's waterfall when there is one), the waterfall's breakpoints
 * mapped back from distributable proceeds to exit values (V = (D + netDebt) / (1 − fees − carve-out)),
 * and a table at ½×, 1×, 2× and 3× today.
 */
export function exitValueView(offer: Offer): ExitValueView {
  const eq = offer.equity;
  const table = eq.capTable;
  const now = capTableAt(offer, Infinity);
  const F = eq.fullyDilutedShares ?? fullyDiluted(now, table?.unallocatedPool ?? 0);
  const today = Math.max(eq.sharePrice * F, 1);
  const max = 3 * today;
  const formulaOffer: Offer | null =
    table && eq.fullyDilutedShares !== undefined
      ? { ...offer, equity: { ...eq, capTable: undefined } }
      : null;
  const netAt = (o: Offer, v: number) => exitValue(o, v).net;
  const keep = table ? 1 - table.transactionFeePct / 100 - table.carveOutPct / 100 : 1;
  const netDebt = table?.netDebt ?? 0;
  // breakpoints: where common starts to get something, and every kink above that
  const knots = table
    ? waterfallCurve(now.stack, now.commonShares, {
        optionTranches: now.optionTranches,
        maxExitValue: max * keep,
      })
    : [];
  const knotValues = knots
    .filter((k, i) => k.commonPerShare > 0 || (knots[i + 1]?.commonPerShare ?? 0) > 0)
    .map((k) => (k.exitValue + netDebt) / keep)
    .filter((v) => v > 0 && v < max);
  const grid = Array.from({ length: SAMPLES + 1 }, (_, i) => (max * i) / SAMPLES);
  const xs = [...new Set([...grid, ...knotValues])].sort((a, b) => a - b);
  const line = xs.map((v) => ({ exitValue: v, net: netAt(offer, v) }));
  const formulaLine = formulaOffer
    ? grid.map((v) => ({ exitValue: v, net: netAt(formulaOffer, v) }))
    : null;
  const rows = MULTIPLES.map((m) => {
    const v = m * today;
    const value = exitValue(offer, v);
    return {
      label: m === 1 ? 'Today’s valuation' : `${m}× today`,
      exitValue: v,
      gross: value.gross,
      exerciseCost: value.exerciseCost,
      net: value.net,
      formulaNet: formulaOffer ? netAt(formulaOffer, v) : table ? null : value.net,
    };
  });
  const firstPositive = line.findIndex((p) => p.net > 0);
  const preferences = now.stack.reduce(
    (s, x) => s + x.prefMultiple * x.invested + x.accruedDividends,
    0,
  );
  return {
    offerId: offer.id,
    name: offer.name,
    currency: offer.currency,
    today,
    hasCapTable: table !== undefined,
    line,
    formulaLine,
    breakpoints: knotValues.map((v) => ({ exitValue: v, net: netAt(offer, v) })),
    rows,
    zeroBelow: table
      ? firstPositive > 0
        ? line[firstPositive - 1]!.exitValue // a breakpoint: p reaches the strike (or leaves 0)
        : 0
      : eq.type === 'options' && eq.dilutionPct < 100
        ? (eq.strikePrice * F) / (1 - eq.dilutionPct / 100) // price V(1 − d)/F = strike
        : 0,
    preferences,
  };
}
