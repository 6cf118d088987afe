import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  evaluateOffer,
  leaderRangesFromEvaluations,
  leaderWeightRanges,
  summarizeWorkspace,
} from '@/domain';
import { sampleWorkspace } from '@/state/sample';

const cashPoints = (e: { contributions: { dimension: string; points: number; value: number }[] }) =>
  e.contributions.find((c) => c.dimension === 'cash')!;

describe('Score on take-home (cashAfterTax passed in)', () => {
  const ws = sampleWorkspace();
  const offer = ws.offers[0]!;
  const profile = ws.profiles[0]!;

  test('the cash dimension uses the after-tax cash given; other dimensions do not change', () => {
    const before = evaluateOffer(offer, profile);
    const after = evaluateOffer(offer, profile, { cashAfterTax: 250_000 });
    expect(cashPoints(after).value).toBe(250_000);
    for (const c of after.contributions)
      if (c.dimension !== 'cash')
        expect(c.points).toBe(
          before.contributions.find((b) => b.dimension === c.dimension)!.points,
        );
  });

  test('less after-tax cash never scores higher (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2e6, noNaN: true }),
        fc.double({ min: 0, max: 2e6, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          expect(evaluateOffer(offer, profile, { cashAfterTax: lo }).score).toBeLessThanOrEqual(
            evaluateOffer(offer, profile, { cashAfterTax: hi }).score,
          );
        },
      ),
    );
  });

  test('summaries use it only when the profile scores on take-home; a missing offer says why', () => {
    const cash = Object.fromEntries(ws.offers.map((o) => [o.id, 100_000]));
    const off = summarizeWorkspace(ws, { cashAfterTax: cash });
    expect(cashPoints(off.offers[0]!.evaluation!).value).not.toBe(100_000);
    const on = structuredClone(ws);
    on.profiles[0]!.scoreOnTakeHome = true;
    const summary = summarizeWorkspace(on, { cashAfterTax: cash });
    expect(cashPoints(summary.offers[0]!.evaluation!).value).toBe(100_000);
    const { [ws.offers[1]!.id]: _left, ...partial } = cash;
    const missing = summarizeWorkspace(on, { cashAfterTax: partial });
    expect(missing.offers[1]!.evaluation).toBeNull();
    expect(missing.offers[1]!.error).toMatch(/tax location/);
    expect(missing.ranking.at(-1)!.offer.id).toBe(ws.offers[1]!.id);
  });

  test('weight ranges from the summary’s evaluations equal a fresh re-score (pre-tax)', () => {
    const summary = summarizeWorkspace(ws);
    const [a, b] = summary.ranking;
    expect(leaderRangesFromEvaluations(a!.evaluation!, b!.evaluation!)).toEqual(
      leaderWeightRanges(a!.modeled, b!.modeled, summary.profile, { fxRates: summary.fxRates }),
    );
  });
});
