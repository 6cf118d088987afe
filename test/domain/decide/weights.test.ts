// @vitest-environment node
import { rocWeights } from '@/domain';

describe('rocWeights', () => {
  it('gives the rank-order centroid for 3: (1 + 1/2 + 1/3)/3, (1/2 + 1/3)/3, (1/3)/3', () => {
    const [first, second, third] = rocWeights(3);
    expect(first).toBeCloseTo(11 / 18, 12);
    expect(second).toBeCloseTo(5 / 18, 12);
    expect(third).toBeCloseTo(2 / 18, 12);
  });

  it('for 4: 25/48, 13/48, 7/48, 3/48', () => {
    expect(rocWeights(4).map((w) => w * 48)).toEqual(
      [25, 13, 7, 3].map((v) => expect.closeTo(v, 10)),
    );
  });

  it('sums to 1, decreases, and handles 1 and 0', () => {
    for (let n = 1; n <= 10; n++) {
      const w = rocWeights(n);
      expect(w.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
      for (let i = 1; i < n; i++) expect(w[i]).toBeLessThan(w[i - 1] ?? 0);
    }
    expect(rocWeights(1)).toEqual([1]);
    expect(rocWeights(0)).toEqual([]);
  });
});
