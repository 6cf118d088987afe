import { describe, expect, test } from 'vitest';
import {
  CR_LIMIT,
  describeRatio,
  describeWorstJudgment,
  dimensionPairs,
  judgmentOf,
  pairwiseOutcome,
  parseScaleValue,
  scaleOptions,
  scaleValueOf,
  withJudgment,
} from '@/features/priorities/pairwise';

describe('questions', () => {
  test('six dimensions make 15 questions, each asking about the later one against the earlier', () => {
    const pairs = dimensionPairs(['cash', 'equity', 'scope', 'data', 'roadmap', 'commitment']);
    expect(pairs).toHaveLength(15);
    expect(pairs[0]).toEqual({ a: 'equity', b: 'cash' });
    expect(pairs).toContainEqual({ a: 'data', b: 'cash' });
    expect(new Set(pairs.map((p) => `${p.a}>${p.b}`)).size).toBe(15);
  });

  test('an unanswered pair is equal; a reversed answer is inverted', () => {
    expect(judgmentOf({}, 'data', 'cash')).toBe(1);
    expect(judgmentOf({ 'data>cash': 5 }, 'data', 'cash')).toBe(5);
    expect(judgmentOf({ 'cash>data': 4 }, 'data', 'cash')).toBe(0.25);
  });

  test('an answer is stored under "a>b" and replaces the reverse key', () => {
    expect(withJudgment({ 'cash>data': 4, 'x>y': 2 }, 'data', 'cash', 1 / 3)).toEqual({
      'x>y': 2,
      'data>cash': 1 / 3,
    });
  });
});

describe("Saaty's scale", () => {
  const options = scaleOptions('Data access', 'Cash');
  test('runs from the other side extremely more important through Equal to this side', () => {
    expect(options).toHaveLength(17);
    expect(options[0]!.label).toBe('Cash is extremely more important (9)');
    expect(options[8]!.label).toBe('Equal (1)');
    expect(options[16]!.label).toBe('Data access is extremely more important (9)');
    expect(options[0]!.judgment).toBeCloseTo(1 / 9, 12);
    expect(options[16]!.judgment).toBe(9);
  });

  test('select values round-trip with stored judgments', () => {
    for (const option of options) {
      expect(parseScaleValue(option.value)).toBeCloseTo(option.judgment, 12);
      expect(scaleValueOf(option.judgment)).toBe(option.value);
    }
  });
});

describe('pairwiseOutcome', () => {
  test('no answers give equal weights and a perfect consistency ratio', () => {
    const outcome = pairwiseOutcome(['a', 'b', 'c'], {});
    expect(outcome.weights).toEqual({ a: 33.3, b: 33.3, c: 33.3 });
    expect(outcome.cr).toBeCloseTo(0, 9);
  });

  test('consistent answers give the implied weights: b = 2a, c = 4a → 1/7, 2/7, 4/7', () => {
    const outcome = pairwiseOutcome(['a', 'b', 'c'], { 'b>a': 2, 'c>a': 4, 'c>b': 2 });
    expect(outcome.weights).toEqual({ a: 14.3, b: 28.6, c: 57.1 });
    expect(outcome.cr).toBeLessThan(1e-9);
    expect(outcome.cr).toBeLessThanOrEqual(CR_LIMIT);
  });

  test('a circular set (b > a, c > b, but a > c) is inconsistent and names the worst judgment', () => {
    const outcome = pairwiseOutcome(['a', 'b', 'c'], { 'b>a': 5, 'c>b': 5, 'c>a': 1 / 5 });
    expect(outcome.cr).toBeGreaterThan(CR_LIMIT);
    expect(outcome.worst).not.toBeNull();
    const worst = outcome.worst!;
    // oriented like the question it came from: a is the later dimension in the list
    expect(['b>a', 'c>b', 'c>a']).toContain(`${worst.a}>${worst.b}`);
    expect(worst.given).not.toBeCloseTo(worst.implied, 1);
  });
});

describe('words', () => {
  test('describeRatio reads either direction', () => {
    expect(describeRatio('Data access', 'Cash', 5)).toBe(
      'Data access matters 5 times as much as Cash',
    );
    expect(describeRatio('Data access', 'Cash', 0.25)).toBe(
      'Cash matters 4 times as much as Data access',
    );
    expect(describeRatio('Data access', 'Cash', 1)).toBe(
      'Data access and Cash matter about equally',
    );
    expect(describeRatio('Data access', 'Cash', 2.345)).toBe(
      'Data access matters 2.3 times as much as Cash',
    );
  });

  test('describeWorstJudgment quotes the question and both ratios', () => {
    const text = describeWorstJudgment({ a: 'data', b: 'cash', given: 5, implied: 0.5 }, (id) =>
      id === 'data' ? 'Data access' : 'Cash',
    );
    expect(text).toBe(
      'The answer that fits least is "How much more does Data access matter than Cash?": you said Data access matters 5 times as much as Cash, ' +
        'but the weights from all your answers imply Cash matters 2 times as much as Data access.',
    );
  });
});
