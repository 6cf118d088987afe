import type { OfferSummary, WorkspaceSummary, YearBreakdown } from '@/domain';
import { formatMoney } from '@/components/format';
import { mustHaveText, signed, signedPoints, type LabelOf } from './labels';
import {
  bonusFormula,
  baseFormula,
  employerCostFormula,
  equityFormula,
  scoreFormula,
  totalCompFormula,
} from './formulas';

export type RowKind = 'money' | 'points' | 'eligibility';

export interface CompareCell {
  /** The raw figure (money in the column offer's currency); null when there is none. */
  value: number | null;
  text: string;
  /** Against the baseline offer; null for the baseline itself, other currencies, or no baseline. */
  delta: number | null;
  deltaText: string | null;
  /** "Where does this come from?": the formula with the numbers filled in. */
  formula: string | null;
}

export interface CompareRow {
  id: string;
  label: string;
  kind: RowKind;
  /** Totals are set in bold. */
  total?: boolean;
  /** More is not "better" for the candidate here (employer cost): the delta is shown uncolored. */
  neutralDelta?: boolean;
  cells: CompareCell[];
}

export interface CompareSection {
  label: string;
  rows: CompareRow[];
}

export interface CompareColumn {
  id: string;
  name: string;
  index: number;
  currency: string;
  isBaseline: boolean;
}

export interface CompareTableModel {
  columns: CompareColumn[];
  sections: CompareSection[];
}

const YEAR_FIELDS = [
  { id: 'base', label: 'Base' },
  { id: 'bonus', label: 'Bonus' },
  { id: 'signOn', label: 'Sign-on' },
  { id: 'equity', label: 'Equity' },
  { id: 'totalComp', label: 'Total comp', total: true },
] as const satisfies readonly { id: keyof YearBreakdown; label: string; total?: boolean }[];

type Figure = { value: number | null; text?: string; formula: string | null };

/** The side-by-side table: one column per offer in workspace order, deltas against the baseline. */
export function buildCompareTable(summary: WorkspaceSummary, labelOf: LabelOf): CompareTableModel {
  const { offers, baseline, horizonYears } = summary;
  const columns: CompareColumn[] = offers.map((s) => ({
    id: s.offer.id,
    name: s.offer.name,
    index: s.index,
    currency: s.modeled.currency,
    isBaseline: baseline?.offer.id === s.offer.id,
  }));

  const row = (
    id: string,
    label: string,
    kind: RowKind,
    figure: (s: OfferSummary) => Figure,
    extra: Partial<CompareRow> = {},
  ): CompareRow => {
    const baseFigure = baseline ? figure(baseline) : null;
    const cells = offers.map((s, i) => {
      const f = figure(s);
      const currency = columns[i]!.currency;
      const comparable =
        baseline &&
        baseFigure?.value != null &&
        f.value !== null &&
        !columns[i]!.isBaseline &&
        (kind !== 'money' || baseline.modeled.currency === currency);
      const delta = comparable ? f.value! - baseFigure!.value! : null;
      return {
        value: f.value,
        text:
          f.text ??
          (f.value === null
            ? '—'
            : kind === 'money'
              ? formatMoney(f.value, currency)
              : f.value.toFixed(1)),
        delta,
        deltaText:
          delta === null
            ? null
            : kind === 'money'
              ? signed(formatMoney(delta, currency, { signed: true }))
              : signedPoints(delta),
        formula: f.formula,
      };
    });
    return { id, label, kind, cells, ...extra };
  };

  const yearSections: CompareSection[] = [];
  for (let year = 1; year <= horizonYears; year++) {
    const rows = YEAR_FIELDS.map((field) =>
      row(
        `y${year}-${field.id}`,
        field.label,
        'money',
        (s) => {
          const y = s.years[year - 1];
          if (!y) return { value: null, formula: null };
          const formula =
            field.id === 'base'
              ? baseFormula(s, year)
              : field.id === 'bonus'
                ? bonusFormula(s, y)
                : field.id === 'equity'
                  ? equityFormula(s, y)
                  : field.id === 'totalComp'
                    ? totalCompFormula(s, y)
                    : null;
          return { value: y[field.id], formula };
        },
        { total: 'total' in field ? field.total : false },
      ),
    );
    // A figure that is zero for every offer that year (a sign-on in year 3) is noise: leave it out.
    yearSections.push({
      label: `Year ${year}`,
      rows: rows.filter((r) => r.cells.some((c) => c.value !== 0)),
    });
  }

  const span = horizonYears === 1 ? '1 year' : `${horizonYears} years`;
  const summaryRows: CompareRow[] = [
    row(
      'horizon-totalComp',
      `Total comp, ${span}`,
      'money',
      (s) => ({
        value: s.horizon.totalComp,
        formula: `Sum of total comp over years 1–${horizonYears} = ${s.years.map((y) => formatMoney(y.totalComp, s.modeled.currency)).join(' + ')}`,
      }),
      { total: true },
    ),
    row(
      'horizon-employerCost',
      `Employer cost, ${span}`,
      'money',
      (s) => ({
        value: s.horizon.employerCost,
        formula: employerCostFormula(s),
      }),
      { neutralDelta: true },
    ),
    row('score', 'Score (of 100)', 'points', (s) =>
      s.evaluation
        ? { value: s.evaluation.score, formula: scoreFormula(s, labelOf) }
        : { value: null, text: s.error ?? '—', formula: null },
    ),
    row('eligible', 'Must-haves', 'eligibility', (s) => ({
      value: null,
      text: !s.evaluation
        ? '—'
        : s.evaluation.eligible
          ? 'All met'
          : `Misses ${s.evaluation.failedConstraints.map((c) => mustHaveText(c, labelOf, summary.profile.currency)).join(', ')}`,
      formula: null,
    })),
  ];

  return { columns, sections: [...yearSections, { label: 'Over the horizon', rows: summaryRows }] };
}
