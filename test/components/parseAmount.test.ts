import { describe, expect, test } from 'vitest';
import { parseMoney, parseNumber, parsePercent } from '@/components/parseAmount';

describe('parseMoney accepts what people type', () => {
  test.each([
    ['185000', 185_000],
    ['185,000', 185_000],
    ['$185k', 185_000],
    ['$185K', 185_000],
    ['1.2m', 1_200_000],
    ['€ 90 000', 90_000],
    ['USD 250k', 250_000],
    ['0', 0],
    ['.5k', 500],
    ['  42  ', 42],
  ])('%s → %d', (text, value) => {
    expect(parseMoney(text)).toEqual({ ok: true, value });
  });

  test.each([['abc'], ['12abc'], ['$'], [''], ['1..2'], ['k'], ['1e5']])(
    'rejects %j with a message',
    (text) => {
      const result = parseMoney(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.length).toBeGreaterThan(5);
    },
  );

  test('rejects negatives and absurd sizes', () => {
    expect(parseMoney('-5000')).toEqual({ ok: false, error: 'Must be 0 or more' });
    expect(parseMoney('5000000b').ok).toBe(false);
  });
});

describe('parsePercent', () => {
  test('accepts plain and suffixed percentages', () => {
    expect(parsePercent('20')).toEqual({ ok: true, value: 20 });
    expect(parsePercent('7.5 %')).toEqual({ ok: true, value: 7.5 });
    expect(parsePercent('7,5')).toEqual({ ok: true, value: 7.5 });
  });
  test('checks bounds and garbage', () => {
    expect(parsePercent('120')).toEqual({ ok: false, error: 'Must be 100% or less' });
    expect(parsePercent('-1')).toEqual({ ok: false, error: 'Must be 0% or more' });
    expect(parsePercent('-1', -90, 200)).toEqual({ ok: true, value: -1 });
    expect(parsePercent('lots').ok).toBe(false);
  });
});

describe('parseNumber', () => {
  test('whole numbers within bounds', () => {
    expect(parseNumber('12', 0, 120, true)).toEqual({ ok: true, value: 12 });
    expect(parseNumber('1,500', 0, 1e6)).toEqual({ ok: true, value: 1500 });
    expect(parseNumber('1.5', 0, 10, true)).toEqual({ ok: false, error: 'Must be a whole number' });
    expect(parseNumber('11', 0, 10)).toEqual({ ok: false, error: 'Must be 10 or less' });
  });
});
