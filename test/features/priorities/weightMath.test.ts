import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  completeRanking,
  sliderPosition,
  weightsWithShare,
  formatWeightShare,
  moveItem,
  rankingWeights,
  toStoredWeights,
} from '@/features/priorities/weightMath';

describe('toStoredWeights', () => {
  test('turns engine fractions into percentages rounded to 0.1', () => {
    expect(toStoredWeights(['a', 'b', 'c'], [0.6111111, 0.2777777, 0.1111111])).toEqual({
      a: 61.1,
      b: 27.8,
      c: 11.1,
    });
  });
  test('a missing fraction stores 0', () => {
    expect(toStoredWeights(['a', 'b'], [1])).toEqual({ a: 100, b: 0 });
  });
});

describe('rankingWeights', () => {
  test('are rank-order-centroid weights: n = 3 → 11/18, 5/18, 2/18', () => {
    // w1 = (1 + 1/2 + 1/3)/3 = 0.6111, w2 = (1/2 + 1/3)/3 = 0.2778, w3 = (1/3)/3 = 0.1111
    expect(rankingWeights(['data', 'scope', 'cash'])).toEqual({
      data: 61.1,
      scope: 27.8,
      cash: 11.1,
    });
  });
  test('n = 6 puts 40.8% on the first and 2.8% on the last', () => {
    // w1 = (1 + 1/2 + 1/3 + 1/4 + 1/5 + 1/6)/6 = 2.45/6 = 0.4083; w6 = (1/6)/6 = 0.0278
    const w = rankingWeights(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(w.a).toBe(40.8);
    expect(w.f).toBe(2.8);
  });
});

describe('completeRanking', () => {
  const ids = ['cash', 'equity', 'scope', 'data'];
  test('keeps the stored order and appends missing dimensions by weight', () => {
    expect(completeRanking(['scope'], ids, { cash: 10, equity: 30, scope: 5, data: 20 })).toEqual([
      'scope',
      'equity',
      'data',
      'cash',
    ]);
  });
  test('drops ids that are no longer dimensions, and duplicates', () => {
    expect(completeRanking(['gone', 'data', 'data'], ids, {})).toEqual([
      'data',
      'cash',
      'equity',
      'scope',
    ]);
  });
  test('ties keep list order', () => {
    expect(completeRanking([], ids, { cash: 1, equity: 1, scope: 1, data: 1 })).toEqual(ids);
  });
});

describe('moveItem', () => {
  test('moves an item up or down without changing the input', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(list, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
  });
  test('clamps the destination and ignores a bad source', () => {
    expect(moveItem(['a', 'b'], 0, 9)).toEqual(['b', 'a']);
    expect(moveItem(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });
});

test('formatWeightShare shows no needless decimals', () => {
  expect(formatWeightShare(0.25)).toBe('25%');
  expect(formatWeightShare(1 / 6)).toBe('16.7%');
  expect(formatWeightShare(0)).toBe('0%');
});

describe('weightsWithShare', () => {
  const ids = ['a', 'b', 'c'];
  test('sets one share and scales the others to the rest', () => {
    expect(weightsWithShare({ a: 1, b: 1, c: 2 }, ids, 'a', 50)).toEqual({
      a: 50,
      b: 16.6667,
      c: 33.3333,
    });
  });
  test('others all at zero share the rest equally', () => {
    expect(weightsWithShare({ a: 5, b: 0, c: 0 }, ids, 'a', 40)).toEqual({ a: 40, b: 30, c: 30 });
  });
  test('property: the set share reads back as set, the sum is 100, and the others keep their ratios', () => {
    const weights = fc.dictionary(
      fc.constantFrom(...ids),
      fc.double({ min: 0, max: 100, noNaN: true }),
    );
    fc.assert(
      fc.property(
        weights,
        fc.constantFrom(...ids),
        fc.integer({ min: 0, max: 100 }),
        (w, id, share) => {
          const next = weightsWithShare(w, ids, id, share);
          const total = ids.reduce((s, k) => s + next[k]!, 0);
          expect(total).toBeCloseTo(100, 2);
          expect(sliderPosition(next[id]! / total)).toBe(share);
          const [x, y] = ids.filter((k) => k !== id) as [string, string];
          if ((w[x] ?? 0) > 1 && (w[y] ?? 0) > 1 && share < 90)
            expect(next[x]! / next[y]!).toBeCloseTo((w[x] ?? 0) / (w[y] ?? 0), 2);
        },
      ),
    );
  });
});
