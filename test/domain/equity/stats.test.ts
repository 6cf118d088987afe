// @vitest-environment node
// Order statistics of §5.7: type-7 percentiles, the median's interval, selection = sorting.
import fc from 'fast-check';
import { percentileSorted } from '@/domain';
import { selectRanks } from '@/domain/equity/outcome/select';
import { bestAndPairwise, columnStats } from '@/domain/equity/outcome/stats';

describe('percentiles and the interval of the median', () => {
  it('type 7: for 1..10, P10 = 1.9, P50 = 5.5, P90 = 9.1 (numpy / PERCENTILE.INC)', () => {
    const x = Float64Array.from({ length: 10 }, (_, i) => i + 1);
    expect(percentileSorted(x, 0.1)).toBeCloseTo(1.9, 12);
    expect(percentileSorted(x, 0.5)).toBeCloseTo(5.5, 12);
    expect(percentileSorted(x, 0.9)).toBeCloseTo(9.1, 12);
  });
  it('n = 10,000: ranks lo = ⌊5000 − 98⌋ = 4902, hi = ⌈5000 + 98⌉ = 5098; mean and standard error', () => {
    const x = Float64Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 10_000); // 0..9999 shuffled
    const s = columnStats(x);
    expect(s.p50Low).toBe(4901);
    expect(s.p50High).toBe(5097);
    expect(s.p50).toBeCloseTo(4999.5, 9);
    expect(s.mean).toBeCloseTo(4999.5, 9);
    // sample variance of 0..n−1: (n² − 1)/12 × n/(n − 1); standard error sd/√n
    expect(s.meanStdErr).toBeCloseTo(
      Math.sqrt((((10_000 ** 2 - 1) / 12) * 10_000) / 9_999) / 100,
      9,
    );
    expect(s.p50Stable).toBe(false); // half-width 98 > 1% of 4999.5
  });
  it('a sample with a constant majority is stable at that value', () => {
    const x = Float64Array.from({ length: 2_048 }, (_, i) => (i % 4 === 0 ? 1e6 + i : 800_000));
    const s = columnStats(x);
    expect([s.p10, s.p50, s.p50Low, s.p50High]).toEqual([800_000, 800_000, 800_000, 800_000]);
    expect(s.p50Stable).toBe(true);
  });
  it('selecting ranks puts the same values there as a full sort', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 400 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        (values, picks) => {
          const x = Float64Array.from(values);
          const sorted = Float64Array.from(values).sort();
          const ranks = [...new Set(picks.map((p) => p % x.length))].sort((a, b) => a - b);
          selectRanks(x, ranks);
          for (const r of ranks) expect(x[r]).toBe(sorted[r]);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('ties at the maximum split the win: three tied offers get ⅓ each', () => {
    const same = Float64Array.from([5, 5]);
    const { probBest, pairwise } = bestAndPairwise([same, same, Float64Array.from([5, 1])], 2);
    // draw 1: all three tied (⅓ each); draw 2: the first two tied (½ each)
    [5 / 12, 5 / 12, 1 / 6].forEach((p, j) => expect(probBest[j]).toBeCloseTo(p, 12));
    expect(pairwise[0]![1]).toBe(0.5);
    expect(pairwise[2]![0]).toBe(0.25);
  });
});
