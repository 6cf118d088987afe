import type { OfferSummary, YearBreakdown } from '@/domain';
import { formatMoney, formatNumber } from '@/components/format';
import type { LabelOf } from './labels';

/**
 * "Where does this come from?" texts: the engine's formulas (DESIGN.md) with this offer's inputs
 * filled in. They only restate how the engine computed a figure; they compute nothing shown.
 */
const pct = (value: number) => `${formatNumber(value, 2)}%`;

export function baseFormula(s: OfferSummary, year: number): string {
  const { base, raisePct } = s.modeled.cash;
  const money = formatMoney(base, s.modeled.currency);
  if (raisePct === 0) return `Base = ${money} (no yearly raise)`;
  // Year 1 is the offered base; the raise starts in year 2 and the line says so.
  if (year === 1) return `Base = ${money} (${pct(raisePct)} a year from year 2)`;
  return `Base = ${money} × (1 + ${pct(raisePct)})^${year - 1}`;
}

export function bonusFormula(s: OfferSummary, y: YearBreakdown): string {
  const { bonusTargetPct, bonusPayoutPct } = s.modeled.cash;
  return `Bonus = ${formatMoney(y.base, s.modeled.currency)} × ${pct(bonusTargetPct)} × ${pct(bonusPayoutPct)}`;
}

export function equityFormula(s: OfferSummary, y: YearBreakdown): string {
  const e = s.modeled.equity;
  if (e.type === 'none') return 'No equity';
  const kind =
    e.type === 'rsu'
      ? 'RSUs'
      : `options (strike ${formatMoney(e.strikePrice, s.modeled.currency)})`;
  const v = e.vesting;
  const schedule = v.yearWeights
    ? v.yearWeights.map((w) => formatNumber(w, 1)).join('/')
    : `${v.years} years`;
  const parts = [
    `Equity in year ${y.year} = value of ${formatNumber(e.shares)} ${kind} vesting ${v.frequency} over ${schedule}`,
    v.cliffMonths > 0 ? `, ${v.cliffMonths}-month cliff` : '',
    `, at ${formatMoney(e.sharePrice, s.modeled.currency)} a share growing ${pct(e.growthPct)} a year`,
    e.liquidity === 'private'
      ? ` × ${pct(100 - e.dilutionPct)} after dilution × ${pct(e.successPct)} success chance`
      : '',
    e.refresh.value > 0
      ? `, plus ${formatMoney(e.refresh.value, s.modeled.currency)} refresh grants from year ${e.refresh.startYear}`
      : '',
  ];
  return parts.join('');
}

export function totalCompFormula(s: OfferSummary, y: YearBreakdown): string {
  const m = (v: number) => formatMoney(v, s.modeled.currency);
  return `Total comp = base + bonus + sign-on + equity = ${m(y.base)} + ${m(y.bonus)} + ${m(y.signOn)} + ${m(y.equity)}`;
}

export function employerCostFormula(s: OfferSummary): string {
  const sum = (pick: (y: OfferSummary['employerCost'][number]) => number) =>
    s.employerCost.reduce((t, y) => t + pick(y), 0);
  const m = (v: number) => formatMoney(v, s.modeled.currency);
  return [
    `Employer cost = base ${m(sum((y) => y.base))}`,
    `bonus ${m(sum((y) => y.bonus))}`,
    `sign-on ${m(sum((y) => y.signOn))}`,
    `relocation ${m(sum((y) => y.relocation))}`,
    `benefits ${m(sum((y) => y.benefits))}`,
    `payroll taxes ${m(sum((y) => y.payrollTax))}`,
    `equity expense ${m(sum((y) => y.equityExpense))}`,
  ].join(' + ');
}

export function scoreFormula(s: OfferSummary, labelOf: LabelOf): string {
  const parts = (s.evaluation?.contributions ?? []).map(
    (c) => `${labelOf(c.dimension)} ${c.points.toFixed(1)}`,
  );
  return `Score = sum of points (100 × weight × utility): ${parts.join(' + ')}`;
}
