import { DIMENSION_COLORS, EXTRA_DIMENSION_COLORS } from '@/components/offerColors';
import {
  contributionBars,
  cumulativeTotalComp,
  currenciesOf,
  ratingsRadar,
  sharedCurrency,
  totalCompByYear,
  type ChartOfferSummary,
} from '@/features/compare/charts/chartData';
import { acme, beta, contribution, dimensions, evaluation, summary } from './fixtures';

describe('totalCompByYear', () => {
  it('gives one row per horizon year with each offer split into base, bonus, sign-on and equity', () => {
    const { rows, series } = totalCompByYear(summary);
    expect(series).toEqual([
      { id: 'acme', name: 'Acme', currency: 'USD', index: 0 },
      { id: 'beta', name: 'Beta', currency: 'USD', index: 1 },
      { id: 'euro', name: 'Euro GmbH', currency: 'EUR', index: 2 },
    ]);
    expect(rows.map((r) => r.label)).toEqual(['Year 1', 'Year 2', 'Year 3']);
    expect(rows[0]!.offers.acme).toEqual({
      base: 100_000,
      bonus: 10_000,
      signOn: 20_000,
      equity: 30_000,
      totalComp: 160_000,
    });
    expect(rows[1]!.offers.acme).toEqual({
      base: 103_000,
      bonus: 10_300,
      signOn: 5_000,
      equity: 40_000,
      totalComp: 158_300,
    });
    expect(rows[2]!.offers.acme!.totalComp).toBe(166_699);
    expect(rows[2]!.offers.beta).toEqual({
      base: 150_000,
      bonus: 0,
      signOn: 0,
      equity: 0,
      totalComp: 150_000,
    });
  });

  it('leaves out years beyond the horizon and offers without figures', () => {
    const { rows } = totalCompByYear(summary);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.offers.euro === undefined)).toBe(true);
  });

  it('uses the horizon even when an offer has fewer years', () => {
    const { rows } = totalCompByYear({ ...summary, horizonYears: 5 });
    expect(rows).toHaveLength(5);
    expect(rows[3]!.offers.acme!.totalComp).toBe(180_200); // 109,273 + 10,927 + 0 + 60,000
    expect(rows[4]!.offers.acme).toBeUndefined(); // Acme has no year 5
  });
});

describe('cumulativeTotalComp', () => {
  it('accumulates each offer’s total comp year by year', () => {
    const { rows } = cumulativeTotalComp(summary);
    // Acme: 160,000 → +158,300 = 318,300 → +166,699 = 484,999
    expect(rows.map((r) => r.values.acme)).toEqual([160_000, 318_300, 484_999]);
    // Beta: 150,000 a year, in year order although listed out of order
    expect(rows.map((r) => r.values.beta)).toEqual([150_000, 300_000, 450_000]);
    expect(rows.map((r) => r.values.euro)).toEqual([undefined, undefined, undefined]);
  });
});

describe('ratingsRadar', () => {
  it('has one row per rated dimension (no money dimensions), custom ones included', () => {
    const { rows } = ratingsRadar(summary, dimensions);
    expect(rows.map((r) => r.label)).toEqual([
      'Technical scope',
      'Data access',
      'Roadmap influence',
      'AI commitment',
      'Mentorship',
    ]);
  });

  it('lists each offer’s rating and counts a missing one as 5, marked unrated', () => {
    const { rows } = ratingsRadar(summary, dimensions);
    const byId = Object.fromEntries(rows.map((r) => [r.dimension, r]));
    expect(byId.scope!.values).toEqual({ acme: 7, beta: 5, euro: 5 });
    expect(byId.scope!.unrated).toEqual(['euro']);
    expect(byId.roadmap!.values).toEqual({ acme: 4, beta: 5, euro: 5 });
    expect(byId.roadmap!.unrated).toEqual(['beta', 'euro']);
    expect(byId.mentorship!.values.acme).toBe(6);
  });
});

describe('contributionBars', () => {
  it('keeps the ranking order and each offer’s points per weighted dimension', () => {
    const bars = contributionBars(summary, dimensions);
    expect(bars.rows.map((r) => [r.id, r.score, r.eligible])).toEqual([
      ['acme', 62.5, true],
      ['beta', 70, false],
    ]);
    expect(bars.rows[0]!.points).toEqual({ cash: 30, equity: 12.5, scope: 20, data: 0 });
    expect(bars.rows[1]!.failed).toEqual(['data']);
  });

  it('stacks only dimensions with weight, in the given order, with their dimension colors', () => {
    const bars = contributionBars(summary, dimensions);
    expect(bars.dimensions).toEqual([
      { id: 'cash', label: 'Cash', color: DIMENSION_COLORS.cash },
      { id: 'equity', label: 'Equity', color: DIMENSION_COLORS.equity },
      { id: 'scope', label: 'Technical scope', color: DIMENSION_COLORS.scope },
    ]);
  });

  it('reports offers the engine could not score, with the reason', () => {
    expect(contributionBars(summary, dimensions).unscored).toEqual([
      { id: 'euro', name: 'Euro GmbH', index: 2, error: 'No exchange rate for EUR' },
    ]);
  });

  it('gives a custom dimension a color by its place among custom dimensions, weighted or not', () => {
    const custom: ChartOfferSummary = {
      ...acme,
      evaluation: evaluation(50, [
        contribution('scope', 0.5, 25),
        contribution('mentorship', 0.5, 25),
      ]),
    };
    const bars = contributionBars({ horizonYears: 3, offers: [custom], ranking: [custom] }, [
      { id: 'scope', label: 'Technical scope' },
      { id: 'teaching', label: 'Teaching' }, // first custom: unweighted, keeps extra color 0
      { id: 'mentorship', label: 'Mentorship' }, // second custom → extra color 1
    ]);
    expect(bars.dimensions).toEqual([
      { id: 'scope', label: 'Technical scope', color: DIMENSION_COLORS.scope },
      { id: 'mentorship', label: 'Mentorship', color: EXTRA_DIMENSION_COLORS[1] },
    ]);
  });

  it('still draws a weighted dimension that is missing from the list, labeled by its id', () => {
    const orphan: ChartOfferSummary = {
      ...acme,
      evaluation: evaluation(40, [contribution('gone', 1, 40)]),
    };
    const bars = contributionBars(
      { horizonYears: 3, offers: [orphan], ranking: [orphan] },
      dimensions,
    );
    // Mentorship is custom dimension 0 in the list, so the orphan takes extra color 1.
    expect(bars.dimensions).toEqual([
      { id: 'gone', label: 'gone', color: EXTRA_DIMENSION_COLORS[1] },
    ]);
  });
});

describe('currencies', () => {
  it('names the shared currency, or none when offers mix currencies', () => {
    expect(sharedCurrency(summary)).toBeNull();
    expect(currenciesOf(summary)).toEqual(['USD', 'EUR']);
    expect(sharedCurrency({ ...summary, offers: [acme, beta] })).toBe('USD');
    expect(sharedCurrency({ ...summary, offers: [] })).toBeNull();
  });
});
