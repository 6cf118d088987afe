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

test('non-finite money never prints NaN', () => {
  expect(formatMoney(Number.NaN, 'USD')).toBe('$0');
});

test('numbers, percents and points', () => {
  expect(formatNumber(1234567)).toBe('1,234,567');
  expect(formatNumber(1.23456, 2)).toBe('1.23');
  expect(formatPercent(12.345, 1)).toBe('12.3%');
  expect(formatShare(0.253)).toBe('25%');
  expect(formatPoints(6.25, true)).toBe('+6.3');
  expect(formatPoints(-3)).toBe('-3.0');
});
