// @vitest-environment node
// Invariants of §3 on random stacks: payouts add up to D; every conversion set is stable (no
// candidate gains by switching alone); p(V) is non-decreasing and the curve interpolates exitWaterfall.
// Amounts invested are ≥ $10k: with near-zero preferences a conversion gain can sit below the
// search's 1e-9 × D tolerance right above the preferences, where the set (not the money) may differ.
import fc from 'fast-check';
import { allocate } from '@/domain/equity/allocate';
import { bySeniority, seriesTerms, trancheTerms } from '@/domain/equity/terms';
import {
  curveAt,
  exitWaterfall,
  waterfallCurve,
  type OptionTranche,
  type PreferredSeries,
} from '@/domain';

const seriesArb = fc.record({
  shares: fc.double({ min: 1e4, max: 5e6, noNaN: true }),
  invested: fc.double({ min: 1e4, max: 5e7, noNaN: true }),
  prefMultiple: fc.constantFrom(0, 1, 1, 1, 1.5, 2),
  participating: fc.boolean(),
  cap: fc.option(fc.constantFrom(1, 2, 2.5, 3), { nil: null }),
  seniority: fc.integer({ min: 0, max: 3 }),
  accruedDividends: fc.constantFrom(0, 0, 0, 1e6),
  conversionRatio: fc.constantFrom(1, 1, 1.5),
  convertible: fc.constantFrom(true, true, true, false),
});
const stackArb = fc.array(seriesArb, { minLength: 1, maxLength: 5 }).map((rows) =>
  rows.map((r, i): PreferredSeries => ({
    name: `S${i}`,
    shares: r.shares,
    invested: r.invested,
    prefMultiple: r.prefMultiple,
    participating: r.participating,
    capMultiple: r.participating && r.cap !== null ? Math.max(r.cap, r.prefMultiple) : null,
    seniority: r.seniority,
    conversionRatio: r.conversionRatio,
    accruedDividends: r.accruedDividends,
    convertible: r.convertible,
  })),
);
const tranchesArb = fc.array(
  fc.record({
    count: fc.double({ min: 0, max: 2e6, noNaN: true }),
    strike: fc.constantFrom(0, 0.5, 1, 3, 10),
  }),
  { maxLength: 2 },
);
const caseArb = fc.record({
  stack: stackArb,
  common: fc.double({ min: 1e5, max: 2e7, noNaN: true }),
  tranches: tranchesArb.map((t) => t.map((k, i): OptionTranche => ({ name: `O${i}`, ...k }))),
  mode: fc.constantFrom('sale' as const, 'sale' as const, 'ipo' as const),
  u: fc.double({ min: 0, max: 1, noNaN: true }),
});
const paidOut = (r: ReturnType<typeof exitWaterfall>) =>
  r.common +
  r.series.reduce((s, x) => s + x.total, 0) +
  r.optionTranches.reduce((s, x) => s + x.total, 0);

describe('waterfall invariants (random stacks)', () => {
  it('payouts add up to D (1e-7 relative)', () => {
    fc.assert(
      fc.property(caseArb, ({ stack, common, tranches, mode, u }) => {
        const D = u * 3e8;
        const r = exitWaterfall(stack, D, common, { optionTranches: tranches, mode });
        expect(Math.abs(paidOut(r) - D)).toBeLessThanOrEqual(1e-7 * Math.max(D, 1));
      }),
      { numRuns: 400 },
    );
  });

  it('the conversion set is stable: no candidate gains by switching alone', () => {
    fc.assert(
      fc.property(caseArb, ({ stack, common, tranches, u }) => {
        const D = u * 3e8;
        const r = exitWaterfall(stack, D, common, { optionTranches: tranches });
        const terms = seriesTerms(stack);
        const order = bySeniority(terms);
        const set = r.series.map((x) => x.converted);
        terms.forEach((t, i) => {
          if (!t.candidate) return;
          const flipped = set.map((c, j) => (j === i ? !c : c));
          const alone = allocate(terms, order, common, trancheTerms(tranches), D, flipped);
          expect(alone.payout[i]!).toBeLessThanOrEqual(r.series[i]!.total + 1e-9 * Math.max(D, 1));
        });
      }),
      { numRuns: 400 },
    );
  });

  it('p(V) is non-decreasing and the curve interpolates exitWaterfall within 1e-9 relative', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 }),
        ({ stack, common, tranches, mode }, us) => {
          const knots = waterfallCurve(stack, common, { optionTranches: tranches, mode });
          for (let j = 1; j < knots.length; j++) {
            expect(knots[j]!.exitValue).toBeGreaterThan(knots[j - 1]!.exitValue);
            expect(knots[j]!.commonPerShare).toBeGreaterThanOrEqual(knots[j - 1]!.commonPerShare);
          }
          const max = knots.at(-1)!.exitValue;
          for (const u of [...us, ...knots.map((k) => k.exitValue / max)]) {
            const D = u * max;
            const exact = exitWaterfall(stack, D, common, {
              optionTranches: tranches,
              mode,
            }).commonPerShare;
            expect(Math.abs(curveAt(knots, D) - exact)).toBeLessThanOrEqual(
              1e-9 * Math.max(exact, 1e-12) + 1e-12,
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
