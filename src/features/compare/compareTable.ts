import type { OfferSummary, WorkspaceSummary } from '@/domain';
import { compareRowFactory, type CompareRow } from './compareRow';
import { mustHaveText, type LabelOf } from './labels';
import {
  bonusFormula,
  baseFormula,
  employerCostFormula,
  equityFormula,
  horizonTotalCompFormula,
  scoreFormula,
  totalCompFormula,
} from './formulas';
import { shownOffer, type ShownYear } from './shownFigures';

// The row model lives in compareRow.ts; re-exported so callers keep one import.
export * from './compareRow';

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
] as const satisfies readonly { id: keyof ShownYear; label: string; total?: boolean }[];

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
  // Every total is the sum of the figures shown for it (ShownOffer), so the table adds up.
  const shown = new Map(offers.map((s) => [s, shownOffer(s)]));
  const shownOf = (s: OfferSummary) => shown.get(s) ?? shownOffer(s);
  const row = compareRowFactory(summary);

  const formulaOf = (field: (typeof YEAR_FIELDS)[number]['id'], s: OfferSummary, y: ShownYear) =>
    field === 'base'
      ? baseFormula(s, y)
      : field === 'bonus'
        ? bonusFormula(s, y)
        : field === 'equity'
          ? equityFormula(s, y)
          : field === 'totalComp'
            ? totalCompFormula(s, y)
            : null;

  const yearSections: CompareSection[] = [];
  for (let year = 1; year <= horizonYears; year++) {
    const rows = YEAR_FIELDS.map((field) =>
      row(
        `y${year}-${field.id}`,
        field.label,
        'money',
        (s) => {
          const y = shownOf(s).years[year - 1];
          if (!y) return { value: null, formula: null };
          return { value: y[field.id], formula: formulaOf(field.id, s, y) };
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
        value: shownOf(s).totalComp,
        formula: horizonTotalCompFormula(s, shownOf(s).years),
      }),
      { total: true },
    ),
    row(
      'horizon-employerCost',
      `Employer cost, ${span}`,
      'money',
      (s) => ({
        value: shownOf(s).employerCost,
        formula: employerCostFormula(s, shownOf(s).cost),
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
