import type { EmployerCostYear, OfferSummary } from '@/domain';
import { formatMoney, formatNumber } from '@/components/format';
import { EMPLOYER_COST_KEYS } from '@/components/roundedCost';
import type { LabelOf } from './labels';
import type { ShownYear } from './shownFigures';

/**
 * "Where does this come from?" texts: the engine's formulas (DESIGN.md) with this offer's inputs
 * filled in. They only restate how the engine computed a figure; they compute nothing shown. Each
 * ends with the figure as the table shows it, and a sum lists the shown parts it adds.
 */
const pct = (value: number) => `${formatNumber(value, 2)}%`;

export function baseFormula(s: OfferSummary, y: ShownYear): string {
  const { base, raisePct } = s.modeled.cash;
  const money = formatMoney(base, s.modeled.currency);
  if (raisePct === 0) return `Base = ${money} (no yearly raise)`;
  if (y.year === 1) return `Base = ${money}, then ${pct(raisePct)} a year from year 2`;
  return `Base = ${money} × (1 + ${pct(raisePct)})^${y.year - 1} = ${formatMoney(y.base, s.modeled.currency)}`;
}

export function bonusFormula(s: OfferSummary, y: ShownYear): string {
  const { bonusTargetPct, bonusPayoutPct } = s.modeled.cash;
  const m = (v: number) => formatMoney(v, s.modeled.currency);
  return `Bonus = base ${m(y.base)} × target ${pct(bonusTargetPct)} × payout ${pct(bonusPayoutPct)} = ${m(y.bonus)}`;
}

export function equityFormula(s: OfferSummary, y: ShownYear): string {
  const e = s.modeled.equity;
  if (e.type === 'none') return 'No equity';
  const m = (v: number) => formatMoney(v, s.modeled.currency);
  const kind = e.type === 'rsu' ? 'RSUs' : `options (strike ${m(e.strikePrice)})`;
  const v = e.vesting;
  const schedule = v.yearWeights
    ? v.yearWeights.map((w) => formatNumber(w, 1)).join('/')
    : `${v.years} years`;
  const parts = [
    `Equity in year ${y.year} = value of ${formatNumber(e.shares)} ${kind} vesting ${v.frequency} over ${schedule}`,
    v.cliffMonths > 0 ? `, ${v.cliffMonths}-month cliff` : '',
    `, at ${m(e.sharePrice)} a share growing ${pct(e.growthPct)} a year`,
    e.liquidity === 'private'
      ? ` × ${pct(100 - e.dilutionPct)} after dilution × ${pct(e.successPct)} success chance`
      : '',
    e.refresh.value > 0
      ? `, plus ${m(e.refresh.value)} refresh grants from year ${e.refresh.startYear}`
      : '',
    ` = ${m(y.equity)}`,
  ];
  return parts.join('');
}

export function totalCompFormula(s: OfferSummary, y: ShownYear): string {
  const m = (v: number) => formatMoney(v, s.modeled.currency);
  return `Total comp = base + bonus + sign-on + equity = ${m(y.base)} + ${m(y.bonus)} + ${m(y.signOn)} + ${m(y.equity)} = ${m(y.totalComp)}`;
}

export function horizonTotalCompFormula(s: OfferSummary, years: readonly ShownYear[]): string {
  const m = (v: number) => formatMoney(v, s.modeled.currency);
  const total = years.reduce((t, y) => t + y.totalComp, 0);
  return `Sum of total comp over years 1–${years.length} = ${years.map((y) => m(y.totalComp)).join(' + ')} = ${m(total)}`;
}

const COST_WORDS: Record<(typeof EMPLOYER_COST_KEYS)[number], string> = {
  base: 'base',
  bonus: 'bonus',
  signOn: 'sign-on',
  relocation: 'relocation',
  benefits: 'benefits',
  payrollTax: 'payroll taxes',
  equityExpense: 'equity expense',
};

/** Employer cost over the horizon from the shown (whole-unit) yearly components. */
export function employerCostFormula(s: OfferSummary, cost: readonly EmployerCostYear[]): string {
  const m = (v: number) => formatMoney(v, s.modeled.currency);
  const sums = EMPLOYER_COST_KEYS.map((key) => cost.reduce((t, y) => t + y[key], 0));
  const total = sums.reduce((t, v) => t + v, 0);
  const parts = EMPLOYER_COST_KEYS.map((key, i) => `${COST_WORDS[key]} ${m(sums[i]!)}`);
  return `Employer cost = ${parts.join(' + ')} = ${m(total)}`;
}

/** Score = Σ 100 × weight × utility, each dimension's numbers filled in (DESIGN.md, Scoring). */
export function scoreFormula(s: OfferSummary, labelOf: LabelOf): string {
  const ev = s.evaluation;
  if (!ev) return 'No score';
  const weighted = ev.contributions.filter((c) => c.weight > 0);
  const parts = weighted.map(
    (c) =>
      `${labelOf(c.dimension)} 100 × ${formatNumber(c.weight * 100, 1)}% × ${formatNumber(c.utility, 2)} = ${c.points.toFixed(1)}`,
  );
  const shownSum = weighted.reduce((t, c) => t + Number(c.points.toFixed(1)), 0);
  // Each term is rounded to a tenth; say so when the rounded terms miss the score by a tenth.
  const rounded =
    shownSum.toFixed(1) === ev.score.toFixed(1)
      ? ''
      : ' (terms are rounded to 0.1; their sum differs)';
  return `Score ${ev.score.toFixed(1)} = Σ 100 × weight × utility: ${parts.join('; ')}${rounded}`;
}
