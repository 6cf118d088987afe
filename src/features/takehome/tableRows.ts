/**
 * Compare's Take-home row groups (issue 13): per tax year the wages taxed, the tax, the take-home
 * and the effective and marginal rates, then the sums over the horizon. One cell per offer, in
 * workspace order, each in the offer's currency, with its difference from the baseline when the
 * currencies match (no silent 1:1) and the formula behind it.
 */
import { formatMoney } from '@/components/format';
import type { OfferTakeHome, WorkspaceTakeHome } from './model';
import { LOCATION_SHORT } from './labels';
import { converted, effectiveFormula, grossFormula, m, pct, taxFormula } from './rowFormulas';

export interface TakeHomeCell {
  text: string;
  value: number | null;
  deltaText: string | null;
  /** Higher is better for the candidate (take-home), worse (tax), or neither (rates, wages). */
  tone: 'good' | 'bad' | 'neutral';
  delta: number | null;
  formula: string | null;
}

export interface TakeHomeRow {
  id: string;
  label: string;
  total?: boolean;
  cells: TakeHomeCell[];
}

export interface TakeHomeSection {
  label: string;
  rows: TakeHomeRow[];
}

const signedMoney = (v: number, c: string) =>
  formatMoney(v, c, { signed: true }).replace(/^-/, '−');
const signedPct = (v: number) => {
  const r = Math.round(v * 10) / 10;
  return r === 0 ? '0.0 pts' : `${r > 0 ? '+' : '−'}${Math.abs(r).toFixed(1)} pts`;
};

type Kind = 'money' | 'pct';
type Pick = (o: Extract<OfferTakeHome, { status: 'ok' }>) => {
  value: number;
  formula: string | null;
} | null;

function offerNote(o: OfferTakeHome): string {
  if (o.status === 'none') return 'No tax location (set it in Offers)';
  if (o.status === 'error') return o.message;
  return '—';
}

function buildRow(
  id: string,
  label: string,
  kind: Kind,
  tone: TakeHomeCell['tone'],
  offers: OfferTakeHome[],
  baselineId: string | null,
  pick: Pick,
  extra: { total?: boolean; noteRow?: boolean } = {},
): TakeHomeRow {
  const base = offers.find((o) => o.offerId === baselineId);
  const baseFigure = base?.status === 'ok' ? pick(base) : null;
  const cells = offers.map((o): TakeHomeCell => {
    const f = o.status === 'ok' ? pick(o) : null;
    if (o.status !== 'ok' || !f)
      return {
        text: extra.noteRow ? offerNote(o) : '—',
        value: null,
        deltaText: null,
        delta: null,
        tone,
        formula: null,
      };
    const comparable =
      base?.status === 'ok' &&
      baseFigure &&
      o.offerId !== baselineId &&
      (kind === 'pct' || base.currency === o.currency);
    const delta = comparable ? f.value - baseFigure.value : null;
    return {
      text: kind === 'money' ? formatMoney(f.value, o.currency) : pct(f.value),
      value: f.value,
      delta,
      deltaText:
        delta === null
          ? null
          : kind === 'money'
            ? signedMoney(delta, o.currency)
            : signedPct(delta),
      tone,
      formula: f.formula,
    };
  });
  return { id, label, cells, ...(extra.total ? { total: true } : {}) };
}

export function buildTakeHomeSections(
  result: WorkspaceTakeHome,
  baselineId: string | null,
): TakeHomeSection[] {
  const offers = result.offers;
  const years = [
    ...new Set(offers.flatMap((o) => (o.status === 'ok' ? o.figures.map((f) => f.year) : []))),
  ].sort((a, b) => a - b);
  const household = result.filing.status === 'mfj' ? ' (household)' : '';
  const figure = (o: Extract<OfferTakeHome, { status: 'ok' }>, year: number) =>
    o.figures.find((f) => f.year === year);
  const row = (
    id: string,
    label: string,
    kind: Kind,
    tone: TakeHomeCell['tone'],
    pick: Pick,
    extra?: { total?: boolean; noteRow?: boolean },
  ) => buildRow(id, label, kind, tone, offers, baselineId, pick, extra);

  const place: TakeHomeSection = {
    label: 'Take-home: where each offer is taxed',
    rows: [
      {
        id: 'th-location',
        label: 'Tax location',
        cells: offers.map((o) => ({
          text:
            o.status === 'none'
              ? 'Not modeled (set it in Offers)'
              : `${LOCATION_SHORT[o.jurisdiction]}${o.status === 'error' ? `: ${o.message}` : ''}`,
          value: null,
          delta: null,
          deltaText: null,
          tone: 'neutral',
          formula: null,
        })),
      },
    ],
  };

  const yearSections = years.map((year): TakeHomeSection => ({
    label: `Take-home, tax year ${year}`,
    rows: [
      row(`th-${year}-gross`, `Wages taxed${household}`, 'money', 'neutral', (o) => {
        const f = figure(o, year);
        return f ? { value: f.gross, formula: grossFormula(o, year) } : null;
      }),
      row(`th-${year}-tax`, 'Tax', 'money', 'bad', (o) => {
        const f = figure(o, year);
        return f ? { value: f.tax, formula: taxFormula(o, year) } : null;
      }),
      row(
        `th-${year}-net`,
        `Take-home${household}`,
        'money',
        'good',
        (o) => {
          const f = figure(o, year);
          return f
            ? {
                value: f.net,
                formula: `Take-home ${year} = ${m(f.gross, o.currency)} − ${m(f.tax, o.currency)} = ${m(f.net, o.currency)}${converted(o)}`,
              }
            : null;
        },
        { total: true },
      ),
      row(`th-${year}-effective`, 'Effective tax rate', 'pct', 'neutral', (o) => {
        const f = figure(o, year);
        return f ? { value: f.effectiveRatePct, formula: effectiveFormula(f, o.currency) } : null;
      }),
      row(`th-${year}-marginal`, 'Marginal rate (next 1,000 of wages)', 'pct', 'neutral', (o) => {
        const f = figure(o, year);
        return f
          ? {
              value: f.marginalRatePct,
              formula: `Tax on the next 1,000 of wages ÷ 1,000 = ${pct(f.marginalRatePct)}`,
            }
          : null;
      }),
    ],
  }));

  const span = years.length === 1 ? '1 tax year' : `${years.length} tax years`;
  const horizon: TakeHomeSection = {
    label: 'Take-home over the horizon',
    rows: [
      row('th-h-tax', `Tax, ${span}`, 'money', 'bad', (o) => ({
        value: o.horizon.tax,
        formula: `Sum of tax = ${o.figures.map((f) => m(f.tax, o.currency)).join(' + ')}`,
      })),
      row(
        'th-h-net',
        `Take-home, ${span}${household}`,
        'money',
        'good',
        (o) => ({
          value: o.horizon.net,
          formula: `Sum of take-home = ${o.figures.map((f) => m(f.net, o.currency)).join(' + ')}`,
        }),
        { total: true },
      ),
      row('th-h-effective', 'Effective tax rate', 'pct', 'neutral', (o) => ({
        value: o.horizon.effectiveRatePct,
        formula: `${m(o.horizon.tax, o.currency)} ÷ ${m(o.horizon.gross, o.currency)} = ${pct(o.horizon.effectiveRatePct)}`,
      })),
    ],
  };
  return [place, ...yearSections, horizon];
}
