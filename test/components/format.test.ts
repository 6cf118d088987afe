import { expect, test } from 'vitest';
import {
  formatMoney,
  formatNumber,
  formatPercent,
  formatPoints,
  formatShare,
} from '@/components/format';

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
