// @vitest-environment node
import fc from 'fast-check';
import {
  ahp,
  consensusIndex,
  hornOverlap,
  kendallW,
  ranksFromWeights,
  similarityMatrix,
} from '@/domain';
import { C8_UPPER, C10_WEIGHTS, fromUpper, pairwisePanels, weightVectors } from './panelFixtures';

describe('similarity, Kendall’s W and ranks: decide.md §2.4 and §2.8', () => {
  it('C5: Horn overlap of Jost’s tundra samples is log2(2/Dβ) = 0.965148', () => {
    // Dβ = 1.024451 (C5) → log2(2/1.024451) = log2(1.952264) = 0.965148
    expect(hornOverlap([0.6, 0.4], [0.8, 0.2])).toBeCloseTo(0.965148, 6);
    expect(hornOverlap([0.3, 0.7], [0.3, 0.7])).toBeCloseTo(1, 12);
  });

  it('C6: Kendall’s W of the ProofWiki example is 1/16', () => {
    // Rank sums 1+1+2+3 = 7, 3+2+3+1 = 9, 2+3+1+2 = 8; ΣR² = 194; m = 4, n = 3:
    // W = (12·194 − 3·16·3·16)/(16·3·8) = (2328 − 2304)/384 = 24/384 = 1/16.
    const k = kendallW([
      [1, 3, 2],
      [1, 2, 3],
      [2, 3, 1],
      [3, 1, 2],
    ]);
    expect(k.rankSums).toEqual([7, 9, 8]);
    expect(k.W).toBeCloseTo(0.0625, 12);
    expect(k.tieTerm).toBe(0);
    expect(k.chi2).toBeCloseTo(4 * 2 * 0.0625, 12); // χ² = m (n−1) W = 0.5
    expect(k.df).toBe(2);
  });

  it('C7: Kendall’s W with ties is 0.22973', () => {
    // x = [4.5, 2.5, 1, 4.5, 2.5] (two pairs: 6 + 6), y = [2.5, 4, 5, 2.5, 1] (one pair: 6):
    // tie term 18; rank sums 7, 6.5, 6, 7, 3.5; ΣR² = 188.5;
    // W = (12·188.5 − 3·4·5·36)/(4·5·24 − 2·18) = (2262 − 2160)/(480 − 36) = 102/444 = 0.22973.
    const k = kendallW([
      [4.5, 2.5, 1, 4.5, 2.5],
      [2.5, 4, 5, 2.5, 1],
    ]);
    expect(k.tieTerm).toBe(18);
    expect(k.rankSums).toEqual([7, 6.5, 6, 7, 3.5]);
    expect(k.W).toBeCloseTo(102 / 444, 12);
    expect(k.W).toBeCloseTo(0.22973, 5);
  });

  it('C7: ranksFromWeights averages ties (1 = most important)', () => {
    // Ascending ranks of x = [12, 2, 1, 12, 2] are [4.5, 2.5, 1, 4.5, 2.5]; with 1 = largest they
    // are 6 − those: [1.5, 3.5, 5, 1.5, 3.5]. W is the same for reversed rankings.
    expect(ranksFromWeights([12, 2, 1, 12, 2])).toEqual([1.5, 3.5, 5, 1.5, 3.5]);
    expect(ranksFromWeights([1, 4, 7, 1, 0])).toEqual([3.5, 2, 1, 3.5, 5]);
    const W = kendallW([ranksFromWeights([12, 2, 1, 12, 2]), ranksFromWeights([1, 4, 7, 1, 0])]).W;
    expect(W).toBeCloseTo(0.22973, 5);
  });

  it('C10: Kendall’s W = 0.493802 and the lowest pairwise S is recruiter–team lead 0.915634', () => {
    // Ranks (1 = heaviest): HM 1, 4, 2, 4, 4, 6; recruiter 1, 2, 4.5, 4.5, 4.5, 4.5; team lead 3.5,
    // 5.5, 1.5, 1.5, 3.5, 5.5; candidate 2.5, 4.5, 2.5, 1, 6, 4.5. Rank sums 8, 16, 10.5, 11, 18,
    // 20.5 (ΣR² = 1295.5); tie term 24 + 60 + 18 + 12 = 114;
    // W = (12·1295.5 − 3·16·6·49)/(16·6·35 − 4·114) = (15546 − 14112)/(3360 − 456) = 1434/2904.
    const vectors = C10_WEIGHTS.map(([, , w]) => w);
    const k = kendallW(vectors.map(ranksFromWeights));
    expect(k.rankSums).toEqual([8, 16, 10.5, 11, 18, 20.5]);
    expect(k.tieTerm).toBe(114);
    expect(k.W).toBeCloseTo(1434 / 2904, 12);
    expect(k.W).toBeCloseTo(0.493802, 6);
    expect(k.chi2).toBeCloseTo(9.876, 3); // 4 · 5 · W
    expect(k.df).toBe(5);
    const s = similarityMatrix(vectors);
    const pairs = [0, 1, 2, 3].flatMap((a) =>
      [0, 1, 2, 3].filter((b) => b > a).map((b) => ({ a, b, s: s[a]![b]! })),
    );
    const lowest = pairs.reduce((lo, p) => (p.s < lo.s ? p : lo));
    expect([lowest.a, lowest.b]).toEqual([1, 2]); // recruiter, team lead
    expect(lowest.s).toBeCloseTo(0.915634, 6);
  });

  it('similarity of a pair is consensusIndex of the two-member group: S, or S* with scaleMax', () => {
    const vectors = Object.values(C8_UPPER).map((u) => ahp(fromUpper(u, 4)).weights);
    const s = similarityMatrix(vectors, { scaleMax: 9 });
    expect(s[0]![2]).toBeCloseTo(
      consensusIndex([vectors[0]!, vectors[2]!], { scaleMax: 9 }).Sstar!,
      12,
    );
    expect(s[0]![2]).toBe(s[2]![0]);
    const ahpos = similarityMatrix(vectors, { scaleMax: 9, variant: 'ahpos2018' });
    expect(ahpos[0]![2]).toBeCloseTo(
      consensusIndex([vectors[0]!, vectors[2]!], { scaleMax: 9, variant: 'ahpos2018' }).Sstar!,
      12,
    );
    expect(ahpos[0]![2]).toBeGreaterThan(s[0]![2]!); // the 2013 correction reads a pair lower
    expect(similarityMatrix(vectors)[0]![1]).toBeCloseTo(
      consensusIndex([vectors[0]!, vectors[1]!]).S,
      12,
    );
  });

  it('Kendall’s W edge cases: identical rankings 1, every object tied by everyone 1, bad input', () => {
    expect(
      kendallW([
        [1, 2, 3],
        [1, 2, 3],
        [1, 2, 3],
      ]).W,
    ).toBeCloseTo(1, 12);
    expect(
      kendallW([
        [1, 2],
        [2, 1],
      ]).W,
    ).toBe(0); // opposite rankings of two objects
    expect(
      kendallW([
        [1.5, 1.5],
        [1.5, 1.5],
      ]).W,
    ).toBe(1); // 0/0: no one orders anything
    expect(kendallW([ranksFromWeights([2, 1, 1]), ranksFromWeights([2, 1, 1])]).W).toBeCloseTo(
      1,
      12,
    );
    expect(() => kendallW([])).toThrow(/at least one judge/);
    expect(() => kendallW([[1]])).toThrow(/at least two objects/);
    expect(() => kendallW([[1, 2], [1]])).toThrow(/\[1\]: must rank 2 objects/);
  });

  it('ranksFromWeights treats AHP round-off as a tie', () => {
    expect(ranksFromWeights([1 / 3 + 1e-16, 1 / 6, 1 / 3, 1 / 6])).toEqual([1.5, 3.5, 1.5, 3.5]);
    expect(ranksFromWeights([0.4, 0.3, 0.2, 0.1])).toEqual([1, 2, 3, 4]);
  });

  it('property: Kendall’s W is in [0, 1], for weight ranks with or without ties', () => {
    const tiedWeights = fc.integer({ min: 2, max: 8 }).chain((n) =>
      fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }), {
        minLength: 1,
        maxLength: 8,
      }),
    );
    fc.assert(
      fc.property(fc.oneof(tiedWeights, weightVectors(1, 8, 2, 8)), (weights) => {
        const { W, chi2, df } = kendallW(weights.map(ranksFromWeights));
        expect(W).toBeGreaterThanOrEqual(0);
        expect(W).toBeLessThanOrEqual(1);
        expect(chi2).toBeCloseTo(weights.length * df * W, 9);
      }),
      { numRuns: 500 },
    );
  });

  it('property: the similarity matrix is symmetric with 1 on the diagonal and S* ≤ 1', () => {
    fc.assert(
      fc.property(pairwisePanels(2, 6, 2, 6), (matrices) => {
        const vectors = matrices.map((m) => ahp(m).weights);
        const s = similarityMatrix(vectors, { scaleMax: 9 });
        s.forEach((row, a) =>
          row.forEach((x, b) => {
            expect(x).toBeCloseTo(s[b]![a]!, 12);
            if (a === b) expect(x).toBe(1);
            expect(x).toBeLessThanOrEqual(1 + 1e-12);
          }),
        );
      }),
      { numRuns: 200 },
    );
  });
});
