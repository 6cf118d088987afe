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

/** Issue 9: European number formats were misread silently (90.000 → 90, 7,5 → 75, 1,2,3 → 123). */
describe('one number rule (en-US) for money, percent and plain fields', () => {
  test.each([
    ['90.000', /Is this 90\.000 or 90,000\? Type 90000/],
    ['1.500', /Is this 1\.500 or 1,500\?/],
    ['1.234,56', /Use a period for decimals and commas between thousands/],
    ['185.000,00', /Use a period for decimals and commas between thousands/],
    ['1.234.567', /Use a period for decimals and commas between thousands/],
    ['7,5', /Commas separate thousands here; for a decimal use a period: 7\.5/],
    ['1,2,3', /Commas go between groups of three digits/],
    ['12,34,567', /Commas go between groups of three digits/],
    ['1 2 3', /Commas go between groups of three digits/],
  ])('money %j is refused: %s', (text, message) => {
    expect(parseMoney(text)).toEqual({ ok: false, error: expect.stringMatching(message) });
  });

  test.each([
    ['7,5', /for a decimal use a period: 7\.5/],
    ['1,2,3', /groups of three digits/],
    ['12.500', /Is this 12\.500 or 12,500\?/],
  ])('percent %j follows the same rule', (text, message) => {
    expect(parsePercent(text, 0, 1e6)).toEqual({
      ok: false,
      error: expect.stringMatching(message),
    });
  });

  test('plain numbers follow it too', () => {
    expect(parseNumber('1,2,3', 0, 1e6).ok).toBe(false);
    expect(parseNumber('10.000', 0, 1e6).ok).toBe(false);
    expect(parseNumber('10,000', 0, 1e6)).toEqual({ ok: true, value: 10_000 });
  });

  test.each([
    ['1,234.56', 1234.56],
    ['1,234,567', 1_234_567],
    ['0.500', 0.5],
    ['90.5', 90.5],
    ['90.50', 90.5],
    ['1234.567', 1234.57],
    ['1.250m', 1_250_000],
    ['1,200k', 1_200_000],
  ])('unambiguous %j → %d', (text, value) => {
    expect(parseMoney(text)).toEqual({ ok: true, value });
  });
});
