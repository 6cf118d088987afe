import { expect, test } from 'vitest';
import {
  formatMoney,
  formatNumber,
  formatPercent,
  formatPoints,
  formatShare,
  roundMoney,
  sumRounded,
} from '@/components/format';
import fc from 'fast-check';

test('money has a currency symbol, separators and no cents', () => {
  expect(formatMoney(185000, 'USD')).toBe('$185,000');
  expect(formatMoney(185000.4, 'USD')).toBe('$185,000');
  expect(formatMoney(90000, 'EUR')).toBe('€90,000');
  expect(formatMoney(250000, 'USD', { compact: true })).toBe('$250K');
  expect(formatMoney(4500, 'USD', { signed: true })).toBe('+$4,500');
  expect(formatMoney(-4500, 'USD', { signed: true })).toBe('-$4,500');
});

test('a non-finite figure never prints as NaN or as a plausible 0 (issue 9)', () => {
  for (const bad of [Number.NaN, Infinity, -Infinity]) {
    expect(formatMoney(bad, 'USD')).toBe('—');
    expect(formatMoney(bad, 'USD', { compact: true })).toBe('—');
    expect(formatPercent(bad)).toBe('—');
    expect(formatPoints(bad)).toBe('—');
    expect(formatShare(bad)).toBe('—');
  }
});

test('numbers, percents and points', () => {
  expect(formatNumber(1234567)).toBe('1,234,567');
  expect(formatNumber(1.23456, 2)).toBe('1.23');
  expect(formatPercent(12.345, 1)).toBe('12.3%');
  expect(formatShare(0.253)).toBe('25%');
  expect(formatPoints(6.25, true)).toBe('+6.3');
  expect(formatPoints(-3)).toBe('-3.0');
});

test('roundMoney: whole units, half away from zero, the same for a figure reached by two paths', () => {
  expect(roundMoney(365_830.5)).toBe(365_831);
  expect(roundMoney(365_830.5000000002)).toBe(365_831);
  expect(roundMoney(365_830.4999999998)).toBe(365_831); // float noise, not a smaller figure
  expect(roundMoney(365_830.49)).toBe(365_830);
  expect(roundMoney(-2.5)).toBe(-3);
  expect(Object.is(roundMoney(-0.4), 0)).toBe(true); // never "-$0"
  expect(roundMoney(0.1 + 0.2)).toBe(0);
  expect(roundMoney(1e12 + 0.5)).toBe(1e12 + 1);
  expect(roundMoney(Number.NaN)).toBeNaN();
  expect(roundMoney(Infinity)).toBe(Infinity);
});

test('roundMoney is within half a unit and prints as formatMoney prints the raw figure', () => {
  fc.assert(
    fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (v) => {
      const r = roundMoney(v);
      expect(Number.isInteger(r)).toBe(true);
      expect(Math.abs(r - v)).toBeLessThanOrEqual(0.5 + Math.abs(v) * 1e-11);
      // Away from a noisy .5 the shown figure is what formatting the raw one prints.
      if (Math.abs(Math.abs(v % 1) - 0.5) > 1e-6) expect(formatMoney(r)).toBe(formatMoney(v));
    }),
  );
});

test('sumRounded: a shown total is the sum of the shown parts', () => {
  expect(sumRounded([0.5, 0.5, 0.5])).toBe(3); // rounding the raw sum would print 2
  fc.assert(
    fc.property(
      fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { maxLength: 20 }),
      (vs) => {
        expect(sumRounded(vs)).toBe(vs.map(roundMoney).reduce((s, v) => s + v, 0));
      },
    ),
  );
});
