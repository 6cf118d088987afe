import type { OfferSummary, WorkspaceSummary } from '@/domain';
import { formatMoney, roundMoney } from '@/components/format';
import { signed, signedPoints } from './labels';

export type RowKind = 'money' | 'points' | 'eligibility';

export interface CompareCell {
  /** The figure as shown: money in whole units of the column offer's currency; null when none. */
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

/** One offer's figure for a row: money as the engine computed it (rounded here, once). */
export type Figure = { value: number | null; text?: string; formula: string | null };

export type RowFactory = (
  id: string,
  label: string,
  kind: RowKind,
  figure: (s: OfferSummary) => Figure,
  extra?: Partial<CompareRow>,
) => CompareRow;

/**
 * Builds a row with one cell per offer: money rounded to whole units once (roundMoney), and the
 * delta against the baseline computed from the two shown figures, so it matches what is printed.
 * Exported so other row groups (take-home) follow the same rules.
 */
export function compareRowFactory(summary: WorkspaceSummary): RowFactory {
  const { offers, baseline } = summary;
  return (id, label, kind, figure, extra = {}) => {
    const shown = (s: OfferSummary) => {
      const f = figure(s);
      return kind === 'money' && f.value !== null ? { ...f, value: roundMoney(f.value) } : f;
    };
    const baseFigure = baseline ? shown(baseline) : null;
    const cells = offers.map((s): CompareCell => {
      const f = shown(s);
      const currency = s.modeled.currency;
      const comparable =
        baseline &&
        baseFigure?.value != null &&
        f.value !== null &&
        baseline !== s &&
        (kind !== 'money' || baseline.modeled.currency === currency);
      const delta = comparable ? f.value! - baseFigure!.value! : null;
      const text =
        f.text ??
        (f.value === null
          ? '—'
          : kind === 'money'
            ? formatMoney(f.value, currency)
            : f.value.toFixed(1));
      const deltaText =
        delta === null
          ? null
          : kind === 'money'
            ? signed(formatMoney(delta, currency, { signed: true }))
            : signedPoints(delta);
      return { value: f.value, text, delta, deltaText, formula: f.formula };
    });
    return { id, label, kind, cells, ...extra };
  };
}
