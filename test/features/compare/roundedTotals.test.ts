import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { summarizeWorkspace, type Offer, type StoredOffer } from '@/domain';
import { shownCostYear } from '@/components/roundedCost';
import { sampleWorkspace } from '@/state/sample';
import { buildCompareTable, type CompareTableModel } from '@/features/compare/compareTable';
import { compareCsvRows } from '@/features/compare/csvRows';
import { dimensionLabeler } from '@/features/compare/labels';
import { offer as offerArb } from '../../domain/arbitraries';

const labelOf = dimensionLabeler([]);
const valueOf = (model: CompareTableModel, id: string, col: number) =>
  model.sections.flatMap((s) => s.rows).find((r) => r.id === id)?.cells[col]?.value ?? 0;

/** Every money figure in a column, keyed by row id: what the table and the CSV print. */
function assertAddsUp(model: CompareTableModel, horizon: number) {
  model.columns.forEach((_, col) => {
    let horizonTotal = 0;
    for (let y = 1; y <= horizon; y++) {
      const parts = ['base', 'bonus', 'signOn', 'equity'].map((f) =>
        valueOf(model, `y${y}-${f}`, col),
      );
      const total = valueOf(model, `y${y}-totalComp`, col);
      for (const v of [...parts, total]) expect(Number.isInteger(v)).toBe(true);
      expect(parts.reduce((s, v) => s + v, 0)).toBe(total);
      horizonTotal += total;
    }
    expect(valueOf(model, 'horizon-totalComp', col)).toBe(horizonTotal);
  });
}

describe('the side-by-side table adds up', () => {
  test('property: components sum to each total, years to the horizon, and the CSV prints the same figures', () => {
    fc.assert(
      fc.property(
        fc.array(offerArb, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 6 }),
        fc.nat(),
        (offers: Offer[], horizon, baselinePick) => {
          const stored = offers.map((o, i): StoredOffer => ({
            ...o,
            id: `o${i}`,
            name: `Offer ${i}`,
          }));
          const base = sampleWorkspace();
          const profiles = base.profiles.map((p) => ({ ...p, horizonYears: horizon }));
          const baselineOfferId = stored[baselinePick % stored.length]!.id;
          const summary = summarizeWorkspace({
            ...base,
            profiles,
            offers: stored,
            baselineOfferId,
          });
          const model = buildCompareTable(summary, labelOf);
          assertAddsUp(model, horizon);

          // Employer cost over the horizon = Σ of the yearly totals Finance shows.
          summary.offers.forEach((s, col) => {
            const shown = s.employerCost.map(shownCostYear).reduce((t, y) => t + y.total, 0);
            expect(valueOf(model, 'horizon-employerCost', col)).toBe(shown);
          });

          // Deltas are the difference of the two figures shown.
          const b = model.columns.findIndex((c) => c.isBaseline);
          for (const row of model.sections.flatMap((s) => s.rows).filter((r) => r.kind === 'money'))
            row.cells.forEach((cell, col) => {
              if (col !== b && cell.value !== null)
                expect(cell.delta).toBe(cell.value - row.cells[b]!.value!);
            });

          // The CSV holds the very same whole-unit figures, so its rows add up the same way.
          const csv = compareCsvRows(model);
          for (const section of model.sections)
            for (const row of section.rows) {
              const line = csv.find((r) => r[0] === `${section.label}: ${row.label}`)!;
              if (row.kind === 'money')
                expect(line.slice(1)).toEqual(row.cells.map((c) => c.value));
            }
        },
      ),
      { numRuns: 120 },
    );
  });
});
