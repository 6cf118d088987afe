import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { employerCostByYear, type EmployerCostYear } from '@/domain';
import { EMPLOYER_COST_KEYS, shownCostTotal, shownCostYear } from '@/components/roundedCost';
import { sampleWorkspace } from '@/state/sample';
import { offer as offerArb } from '../domain/arbitraries';

describe('shownCostYear', () => {
  test('identical years show identical totals (the issue’s $365,830 next to $365,831)', () => {
    const ws = sampleWorkspace();
    const lab = ws.offers.find((o) => o.id === 'offer-frontier')!;
    // A half-unit benefits cost puts the total on .5; the equity expense carries float noise
    // (300,000.00000000023 in year 3, 299,999.99999999977 in year 4) for the same inputs.
    const offer = { ...lab, benefits: { ...lab.benefits, employerCost: 28_000.5 } };
    const [, , y3, y4] = employerCostByYear(offer, ws.finance, 4) as EmployerCostYear[];
    expect(Math.round(y3!.total)).not.toBe(Math.round(y4!.total)); // rounding the engine total
    expect(shownCostYear(y3!).total).toBe(shownCostYear(y4!).total);
    expect(shownCostYear(y3!).equityExpense).toBe(300_000);
  });

  test('property: whole units, the total the sum of the shown components, near the engine', () => {
    fc.assert(
      fc.property(offerArb, fc.integer({ min: 1, max: 10 }), (offer, years) => {
        const engine = employerCostByYear(offer, sampleWorkspace().finance, years);
        const shown = engine.map(shownCostYear);
        shown.forEach((y, i) => {
          const parts = EMPLOYER_COST_KEYS.map((k) => y[k]);
          expect(parts.every(Number.isInteger)).toBe(true);
          expect(parts.reduce((s, v) => s + v, 0)).toBe(y.total);
          const raw = engine[i]!.total;
          expect(Math.abs(y.total - raw)).toBeLessThanOrEqual(3.5 + Math.abs(raw) * 1e-12);
        });
        expect(shownCostTotal(engine)).toBe(shown.reduce((s, y) => s + y.total, 0));
      }),
      { numRuns: 200 },
    );
  });
});
