import { describe, expect, test } from 'vitest';
import { summarizeWorkspace } from '@/domain';
import { sampleWorkspace } from '@/state/sample';
import { buildCompareTable, type CompareTableModel } from '@/features/compare/compareTable';
import { dimensionLabeler } from '@/features/compare/labels';

const labelOf = dimensionLabeler([]);
const rowOf = (model: CompareTableModel, id: string) =>
  model.sections.flatMap((s) => s.rows).find((r) => r.id === id)!;
const columnOf = (model: CompareTableModel, offerId: string) =>
  model.columns.findIndex((c) => c.id === offerId);

describe('buildCompareTable', () => {
  const model = buildCompareTable(summarizeWorkspace(sampleWorkspace()), labelOf);

  test('one column per offer in workspace order, the baseline marked', () => {
    expect(model.columns.map((c) => c.id)).toEqual([
      'offer-frontier',
      'offer-startup',
      'offer-platform',
      'offer-current',
    ]);
    expect(model.columns.map((c) => c.isBaseline)).toEqual([false, false, false, true]);
  });

  test('a section per horizon year with base, bonus, sign-on, equity and total comp, then the horizon', () => {
    expect(model.sections.map((s) => s.label)).toEqual([
      'Year 1',
      'Year 2',
      'Year 3',
      'Year 4',
      'Over the horizon',
    ]);
    expect(model.sections[0]!.rows.map((r) => r.label)).toEqual([
      'Base',
      'Bonus',
      'Sign-on',
      'Equity',
      'Total comp',
    ]);
    // Nobody is paid a sign-on in years 3 and 4, so those rows are left out.
    expect(model.sections[2]!.rows.map((r) => r.label)).toEqual([
      'Base',
      'Bonus',
      'Equity',
      'Total comp',
    ]);
    expect(model.sections[4]!.rows.map((r) => r.label)).toEqual([
      'Total comp, 4 years',
      'Employer cost, 4 years',
      'Score (of 100)',
      'Must-haves',
    ]);
  });

  test('cells show signed deltas against the baseline; the baseline shows none', () => {
    const base = rowOf(model, 'y1-base');
    const platform = base.cells[columnOf(model, 'offer-platform')]!;
    expect(platform.text).toBe('$275,000');
    expect(platform.deltaText).toBe('+$60,000'); // 275,000 − 215,000
    expect(base.cells[columnOf(model, 'offer-current')]!.deltaText).toBeNull();
    const signOn = rowOf(model, 'y2-signOn');
    expect(signOn.cells[columnOf(model, 'offer-platform')]!.deltaText).toBe('+$40,000');
    const lower = rowOf(model, 'y1-bonus').cells[columnOf(model, 'offer-frontier')]!;
    expect(lower.deltaText).toBe('−$21,500'); // 0 − 215,000 × 10%
    expect(lower.delta).toBeCloseTo(-21_500);
  });

  test('key figures carry their formula with the numbers filled in', () => {
    const platform = columnOf(model, 'offer-platform');
    expect(rowOf(model, 'y1-bonus').cells[platform]!.formula).toBe(
      'Bonus = base $275,000 × target 20% × payout 100% = $55,000',
    );
    expect(rowOf(model, 'y1-base').cells[platform]!.formula).toBe(
      'Base = $275,000, then 3% a year from year 2',
    );
    expect(rowOf(model, 'y1-base').cells[columnOf(model, 'offer-frontier')]!.formula).toBe(
      'Base = $340,000 (no yearly raise)',
    );
    expect(rowOf(model, 'y2-base').cells[platform]!.formula).toBe(
      'Base = $275,000 × (1 + 3%)^1 = $283,250',
    );
    expect(rowOf(model, 'y1-totalComp').cells[platform]!.formula).toBe(
      `Total comp = base + bonus + sign-on + equity = $275,000 + $55,000 + $75,000 + ${rowOf(model, 'y1-equity').cells[platform]!.text} = ${rowOf(model, 'y1-totalComp').cells[platform]!.text}`,
    );
  });

  test('the score explanation fills in 100 × weight × utility for each dimension', () => {
    const summary = summarizeWorkspace(sampleWorkspace());
    const first = summary.offers[0]!;
    const formula = rowOf(model, 'score').cells[0]!.formula!;
    expect(
      formula.startsWith(
        `Score ${first.evaluation!.score.toFixed(1)} = Σ 100 × weight × utility: `,
      ),
    ).toBe(true);
    for (const c of first.evaluation!.contributions.filter((c) => c.weight > 0)) {
      const term = `${labelOf(c.dimension)} 100 × ${(c.weight * 100).toFixed(1).replace(/\.0$/, '')}% × ${c.utility.toFixed(2).replace(/\.?0+$/, '')} = ${c.points.toFixed(1)}`;
      expect(formula).toContain(term);
    }
  });

  test('eligibility names the missed must-have', () => {
    const eligible = rowOf(model, 'eligible');
    expect(eligible.cells[columnOf(model, 'offer-current')]!.text).toBe(
      'Misses Base salary ≥ $220,000',
    );
    expect(eligible.cells[columnOf(model, 'offer-frontier')]!.text).toBe('All met');
  });

  test('no money deltas across currencies, and an errored offer shows its error for the score', () => {
    const ws = sampleWorkspace();
    const offers = ws.offers.map((o) => (o.id === 'offer-startup' ? { ...o, currency: 'EUR' } : o));
    const euro = buildCompareTable(summarizeWorkspace({ ...ws, offers }), labelOf);
    const col = columnOf(euro, 'offer-startup');
    expect(rowOf(euro, 'y1-base').cells[col]!.text).toBe('€235,000');
    expect(rowOf(euro, 'y1-base').cells[col]!.deltaText).toBeNull();
    expect(rowOf(euro, 'score').cells[col]!.text).toMatch(/EUR/);
  });

  test('without a baseline there are no deltas at all', () => {
    const none = buildCompareTable(
      summarizeWorkspace({ ...sampleWorkspace(), baselineOfferId: null }),
      labelOf,
    );
    expect(
      none.sections
        .flatMap((s) => s.rows)
        .flatMap((r) => r.cells)
        .every((c) => c.deltaText === null),
    ).toBe(true);
  });
});
