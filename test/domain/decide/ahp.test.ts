// @vitest-environment node
import { ahp, ahpMatrixFromJudgments, mostInconsistentJudgment } from '@/domain';

/** a_ij = w_i / w_j: a perfectly consistent matrix. */
const consistent = (w: number[]) => w.map((wi) => w.map((wj) => wi / wj));

describe('ahp', () => {
  it('recovers the weights of a consistent matrix with λmax = n and cr = 0', () => {
    const result = ahp(consistent([0.5, 0.3, 0.2]));
    expect(result.weights).toEqual([0.5, 0.3, 0.2].map((v) => expect.closeTo(v, 9)));
    expect(result.lambdaMax).toBeCloseTo(3, 9);
    expect(result.ci).toBeCloseTo(0, 9);
    expect(result.cr).toBeCloseTo(0, 9);
  });

  it('flags a cyclic (a > b > c > a) matrix as inconsistent', () => {
    const result = ahp([
      [1, 9, 1 / 9],
      [1 / 9, 1, 9],
      [9, 1 / 9, 1],
    ]);
    // by symmetry w = (1/3, 1/3, 1/3); (A w)_i / w_i = 1 + 9 + 1/9 = 10.111…
    expect(result.weights).toEqual([1, 1, 1].map(() => expect.closeTo(1 / 3, 9)));
    expect(result.lambdaMax).toBeCloseTo(1 + 9 + 1 / 9, 9);
    // ci = (10.111 − 3) / 2 = 3.5556; cr = ci / RI(3) = 3.5556 / 0.58 = 6.130
    expect(result.ci).toBeCloseTo((1 + 9 + 1 / 9 - 3) / 2, 9);
    expect(result.cr).toBeCloseTo((1 + 9 + 1 / 9 - 3) / 2 / 0.58, 9);
    expect(result.cr).toBeGreaterThan(0.1);
  });

  it('uses Saaty’s RI for n = 4 on a mildly inconsistent matrix', () => {
    const m = consistent([0.4, 0.3, 0.2, 0.1]);
    m[0]![3] = 2; // should be 4
    m[3]![0] = 1 / 2;
    const { lambdaMax, ci, cr } = ahp(m);
    expect(lambdaMax).toBeGreaterThan(4);
    expect(ci).toBeCloseTo((lambdaMax - 4) / 3, 12);
    expect(cr).toBeCloseTo(ci / 0.9, 12);
  });

  it('returns ci = cr = 0 for n ≤ 2 and the exact weights for 2', () => {
    const result = ahp([
      [1, 3],
      [1 / 3, 1],
    ]);
    expect(result.weights).toEqual([expect.closeTo(0.75, 9), expect.closeTo(0.25, 9)]); // 3 : 1
    expect(result).toMatchObject({ ci: 0, cr: 0 });
    expect(ahp([[1]]).weights).toEqual([1]);
  });

  it('rejects a non-square matrix or non-positive entries', () => {
    expect(() => ahp([[1, 2]])).toThrow(/square/);
    expect(() =>
      ahp([
        [1, 0],
        [1, 1],
      ]),
    ).toThrow(/> 0/);
  });
});

describe('ahpMatrixFromJudgments', () => {
  it('fills judgments, their reciprocals, and 1 for missing pairs', () => {
    expect(
      ahpMatrixFromJudgments(['cash', 'data', 'scope'], { 'cash>data': 3, 'scope>cash': 5 }),
    ).toEqual([
      [1, 3, 1 / 5],
      [1 / 3, 1, 1],
      [5, 1, 1],
    ]);
  });

  it('ignores judgments about unknown ids', () => {
    expect(ahpMatrixFromJudgments(['a', 'b'], { 'a>zzz': 9, 'a>a': 3 })).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });
});

describe('mostInconsistentJudgment', () => {
  it('points at the one judgment that contradicts the others', () => {
    const m = consistent([0.4, 0.3, 0.2, 0.1]);
    m[0]![3] = 1 / 4; // reversed: should be 4
    m[3]![0] = 4;
    const worst = mostInconsistentJudgment(m);
    expect(worst).toMatchObject({ row: 0, col: 3, given: 1 / 4 });
    // the other judgments pull w0/w3 up towards 4: far more than the 1/4 given
    expect((worst?.implied ?? 0) / (worst?.given ?? 1)).toBeGreaterThan(3);
  });

  it('is null for n ≤ 2', () => {
    expect(
      mostInconsistentJudgment([
        [1, 2],
        [0.5, 1],
      ]),
    ).toBeNull();
  });
});
