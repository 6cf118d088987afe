// @vitest-environment node
import fc from 'fast-check';
import {
  ValidationError,
  aggregateJudgments,
  aggregatePriorities,
  ahp,
  alonsoLamataCr,
} from '@/domain';
import {
  C8_UPPER,
  consistentMatrix,
  fromUpper,
  influences,
  pairwisePanels,
  weightVectors,
} from './panelFixtures';

const close = (values: number[], digits = 6) => values.map((v) => expect.closeTo(v, digits));

describe('aggregateJudgments (AIJ) and aggregatePriorities (AIP): decide.md §2.8', () => {
  it('C1: ahp on the BPMSG template example, Saaty and Alonso–Lamata CR', () => {
    // [[1, 5, 1/3], [1/5, 1, 1/7], [3, 7, 1]] → published 27.9% / 7.2% / 64.9%.
    // λmax = 3.064888; CI = (3.064888 − 3)/2 = 0.032444; CR = 0.032444/0.58 = 0.055938;
    // Alonso–Lamata: (λ − n)/(2.7699·3 − 4.3513 − 3) = 0.064888/0.9584 = 0.067704.
    const result = aggregateJudgments([
      [
        [1, 5, 1 / 3],
        [1 / 5, 1, 1 / 7],
        [3, 7, 1],
      ],
    ]);
    expect(result.weights).toEqual(close([0.278955, 0.071927, 0.649118]));
    expect(result.lambdaMax).toBeCloseTo(3.064888, 6);
    expect(result.cr).toBeCloseTo(0.055938, 6);
    expect(result.crAlonsoLamata).toBeCloseTo(0.067704, 6);
    expect(alonsoLamataCr(result.lambdaMax, 3)).toBe(result.crAlonsoLamata);
    // K = 1: the aggregation returns the member's own matrix and priorities, no spread.
    expect(result.weights).toEqual(close(ahp(result.matrix).weights, 12));
    expect(result.geoSd.flat()).toEqual(new Array(9).fill(1));
  });

  it('C2: the geometric mean keeps the matrix reciprocal, the arithmetic mean does not', () => {
    // Judgments 2, 3, 4: GM = 24^(1/3) = 2.884499; GM of 1/2, 1/3, 1/4 = 0.346681 = 1/2.884499.
    // The arithmetic mean 3 fails: the mean of the reciprocals is 13/36 = 0.361111 ≠ 1/3.
    const result = aggregateJudgments([2, 3, 4].map((a) => fromUpper([a], 2)));
    expect(result.matrix[0]![1]).toBeCloseTo(2.884499, 6);
    expect(result.matrix[1]![0]).toBeCloseTo(0.346681, 6);
    expect(result.matrix[0]![1]! * result.matrix[1]![0]!).toBeCloseTo(1, 12);
    expect((1 / 2 + 1 / 3 + 1 / 4) / 3).toBeCloseTo(0.361111, 6);
  });

  it('C4: opposite judgments 9 and 1/9 deadlock at 0.5 / 0.5 with geoSd exp(√2 ln 9)', () => {
    // √(9 · 1/9) = 1 → weights 0.5 / 0.5; ln 9 and −ln 9: Σ ln² = 2 ln² 9, (Σ ln)² = 0,
    // sd = √(2 ln² 9 / 1) = √2 ln 9, geoSd = exp(√2 · ln 9) = 22.3616.
    const result = aggregateJudgments([fromUpper([9], 2), fromUpper([1 / 9], 2)]);
    expect(result.weights).toEqual(close([0.5, 0.5], 12));
    expect(result.geoSd[0]![1]).toBeCloseTo(22.3616, 4);
    expect(result.geoSd[1]![0]).toBeCloseTo(Math.exp(Math.SQRT2 * Math.log(9)), 9);
    expect(result.cr).toBe(0); // n = 2: CR = 0 (DESIGN)
  });

  it('C8: the pairwise panel: AIJ, AIP geometric and AIP arithmetic', () => {
    // Members' ahp weights: HM (.3333, .1667, .3333, .1667), recruiter (.5166, .2257, .1341,
    // .1235), candidate (.0954, .1601, .2772, .4673). AIJ = ahp of the cell-wise GM of the three
    // matrices, e.g. a12 = (2 · 3 · 1/2)^(1/3) = 3^(1/3); AIP-GM ∝ Π_k w^k_i^(1/3); AIP-AM = mean.
    const matrices = Object.values(C8_UPPER).map((u) => fromUpper(u, 4));
    const aij = aggregateJudgments(matrices);
    expect(aij.matrix[0]![1]).toBeCloseTo(Math.cbrt(3), 12);
    expect(aij.weights).toEqual(close([0.288202, 0.206419, 0.263081, 0.242298]));
    expect(aij.cr).toBeCloseTo(0.001873, 6);
    const vectors = matrices.map((m) => ahp(m).weights);
    expect(vectors.map((v) => v.map((x) => Number(x.toFixed(4))))).toEqual([
      [0.3333, 0.1667, 0.3333, 0.1667],
      [0.5166, 0.2257, 0.1341, 0.1235],
      [0.0954, 0.1601, 0.2772, 0.4673],
    ]);
    expect(aggregatePriorities(vectors)).toEqual(close([0.288827, 0.206684, 0.262896, 0.241593]));
    expect(aggregatePriorities(vectors, { mean: 'arithmetic' })).toEqual(
      close([0.315135, 0.184158, 0.248219, 0.252488]),
    );
  });

  it('C9: consistent inputs with influence 2 : 1 : 1: AIJ equals AIP-GM', () => {
    // λ = (.5, .25, .25); w_i ∝ w1_i^.5 · w2_i^.25 · w3_i^.25, e.g. cash ∝ .4^.5 · .1^.25 · .25^.25
    // = .632456 · .562341 · .707107 = .251487; normalized over the four: (0.272658, 0.280806,
    // 0.253737, 0.192798). The GM of consistent matrices is the consistent matrix of that vector.
    const weights = [
      [0.4, 0.3, 0.2, 0.1],
      [0.1, 0.2, 0.3, 0.4],
      [0.25, 0.25, 0.25, 0.25],
    ];
    const expected = [0.272658, 0.280806, 0.253737, 0.192798];
    const memberWeights = [2, 1, 1];
    const aij = aggregateJudgments(weights.map(consistentMatrix), { memberWeights });
    expect(aij.weights).toEqual(close(expected));
    expect(aggregatePriorities(weights, { memberWeights })).toEqual(close(expected));
    expect(aij.cr).toBeCloseTo(0, 9);
  });

  it('normalizes vectors that do not sum to 1 and returns one member’s own priorities', () => {
    expect(aggregatePriorities([[2, 1, 1]])).toEqual(close([0.5, 0.25, 0.25], 12));
    expect(aggregatePriorities([[2, 1, 1]], { mean: 'arithmetic' })).toEqual(
      close([0.5, 0.25, 0.25], 12),
    );
    // (.5, .5) and (.9, .1) arithmetic with λ 3 : 1 → (.75·.5 + .25·.9, …) = (.6, .4)
    expect(
      aggregatePriorities(
        [
          [5, 5],
          [9, 1],
        ],
        { memberWeights: [3, 1], mean: 'arithmetic' },
      ),
    ).toEqual(close([0.6, 0.4], 12));
  });

  it('refuses a zero weight in geometric aggregation, naming member and dimension', () => {
    expect(() =>
      aggregatePriorities([
        [0.5, 0.5],
        [1, 0],
      ]),
    ).toThrow(
      'member 2 gives dimension 2 weight 0: geometric aggregation needs every weight > 0; use arithmetic or drop the dimension',
    );
    expect(() =>
      aggregatePriorities(
        [
          [0.5, 0.5],
          [1, 0],
        ],
        { labels: { members: ['A', 'Recruiter'], dimensions: ['cash', 'data'] } },
      ),
    ).toThrow(/member Recruiter gives dimension data weight 0/);
    expect(
      aggregatePriorities(
        [
          [0.5, 0.5],
          [1, 0],
        ],
        { mean: 'arithmetic' },
      ),
    ).toEqual(close([0.75, 0.25], 12));
  });

  it('rejects non-reciprocal, non-positive or misshapen matrices, naming member and cell', () => {
    const bad = fromUpper([2, 3, 4], 3);
    bad[2]![1] = 1; // should be 1/4
    const error = (() => {
      try {
        aggregateJudgments([fromUpper([1, 1, 1], 3), bad]);
      } catch (e) {
        return e as ValidationError;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(error?.issues).toEqual([
      { path: '[1][2][1]', message: 'must be the reciprocal of [1][2] (1/4 = 0.25)' },
    ]);
    const zero = fromUpper([2], 2);
    zero[0]![1] = 0;
    expect(() => aggregateJudgments([zero])).toThrow(
      /\[0\]\[0\]\[1\]: must be a finite number > 0/,
    );
    expect(() => aggregateJudgments([fromUpper([2], 2), fromUpper([2, 2, 2], 3)])).toThrow(
      /\[1\]: must be a 2×2 matrix/,
    );
    const diag = fromUpper([2], 2);
    diag[1]![1] = 2;
    expect(() => aggregateJudgments([diag])).toThrow(/\[0\]\[1\]\[1\]: must be 1/);
    expect(() => aggregateJudgments([])).toThrow(/at least one member/);
    expect(() => aggregateJudgments([fromUpper([2], 2)], { memberWeights: [1, 1] })).toThrow(
      /must have 1 entries/,
    );
    expect(() => aggregatePriorities([[1, 2], [1]])).toThrow(/\[1\]: must have 2 weights/);
    expect(() =>
      aggregatePriorities([
        [0, 0],
        [1, 1],
      ]),
    ).toThrow(/\[0\]: at least one weight must be > 0/);
    expect(() =>
      aggregatePriorities(
        [
          [1, 1],
          [1, 1],
        ],
        { memberWeights: [-1, 1] },
      ),
    ).toThrow(/memberWeights\[0\]/);
  });

  it('property: AIJ of consistent matrices equals AIP-geometric (any influence)', () => {
    fc.assert(
      fc.property(
        weightVectors(1, 6, 2, 7).chain((vs) => fc.tuple(fc.constant(vs), influences(vs.length))),
        ([vectors, memberWeights]) => {
          const aij = aggregateJudgments(vectors.map(consistentMatrix), { memberWeights });
          const aip = aggregatePriorities(vectors, { memberWeights });
          aip.forEach((w, i) => expect(aij.weights[i]).toBeCloseTo(w, 9));
          expect(aij.cr).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: aggregation is invariant to member order', () => {
    fc.assert(
      fc.property(
        weightVectors(2, 6, 2, 7).chain((vs) =>
          fc.tuple(fc.constant(vs), influences(vs.length), fc.nat()),
        ),
        ([vectors, memberWeights, seed]) => {
          // A rotation by seed moves every member (with its influence) to a new place.
          const r = seed % vectors.length;
          const rotate = <T>(xs: T[]) => [...xs.slice(r), ...xs.slice(0, r)];
          for (const mean of ['geometric', 'arithmetic'] as const) {
            const a = aggregatePriorities(vectors, { memberWeights, mean });
            const b = aggregatePriorities(rotate(vectors), {
              memberWeights: rotate(memberWeights),
              mean,
            });
            a.forEach((w, i) => expect(b[i]).toBeCloseTo(w, 12));
          }
        },
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        pairwisePanels(2, 6).chain((ms) =>
          fc.tuple(fc.constant(ms), influences(ms.length), fc.nat()),
        ),
        ([matrices, memberWeights, seed]) => {
          const r = seed % matrices.length;
          const rotate = <T>(xs: T[]) => [...xs.slice(r), ...xs.slice(0, r)];
          const a = aggregateJudgments(matrices, { memberWeights });
          const b = aggregateJudgments(rotate(matrices), { memberWeights: rotate(memberWeights) });
          a.weights.forEach((w, i) => expect(b.weights[i]).toBeCloseTo(w, 12));
          a.geoSd.flat().forEach((sd, i) => expect(b.geoSd.flat()[i]).toBeCloseTo(sd, 9));
        },
      ),
      { numRuns: 300 },
    );
  });
});
