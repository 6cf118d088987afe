import fc from 'fast-check';
import { expect, test } from 'vitest';
import { COMMON_CURRENCIES } from '@/components/currencies';
import { formatCompactNumber, formatMoney, formatNumber } from '@/components/format';

// The formatters skip Intl for start-up speed; Intl's en-US output is the reference they match.
const intlMoney = (currency: string, options: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency, ...options });

const CURRENCIES = [...COMMON_CURRENCIES, 'NZD', 'HKD', 'MXN', 'BRL', 'KRW', 'TWD', 'NOK'];
/** Money-like values: whole amounts, cents, fractions near rounding ties, and huge figures. */
const amounts = fc.oneof(
  fc.integer({ min: -5_000_000_000, max: 5_000_000_000 }),
  fc.integer({ min: -100_000_000, max: 100_000_000 }).map((cents) => cents / 100),
  fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n * 50 + 0.5),
  fc.integer({ min: 0, max: 2_000 }).map((k) => k * 500 - 50),
  fc.double({ min: -1e22, max: 1e22, noNaN: true }),
);
/** Intl prints "-$0" for a negative that rounds to zero; ours prints "$0". */
const unsignedZero = (text: string) => text.replace(/^-(?=\D*0(\.0+)?\D*$)/, '');

test('whole-unit money matches Intl for every listed currency', () => {
  fc.assert(
    fc.property(amounts, fc.constantFrom(...CURRENCIES), (value, currency) => {
      const intl = intlMoney(currency, { maximumFractionDigits: 0, minimumFractionDigits: 0 });
      expect(formatMoney(value, currency)).toBe(unsignedZero(intl.format(value)));
    }),
    { numRuns: 3000 },
  );
});

test('compact and signed money match Intl', () => {
  fc.assert(
    fc.property(amounts, fc.constantFrom(...CURRENCIES), (value, currency) => {
      const compact = intlMoney(currency, {
        notation: 'compact',
        maximumFractionDigits: 1,
        minimumFractionDigits: 0,
      });
      const plus = intlMoney(currency, {
        maximumFractionDigits: 0,
        minimumFractionDigits: 0,
        signDisplay: 'exceptZero',
      });
      expect(formatMoney(value, currency, { compact: true })).toBe(
        unsignedZero(compact.format(value)),
      );
      expect(formatMoney(value, currency, { signed: true })).toBe(plus.format(value));
    }),
    { numRuns: 3000 },
  );
});

test('money with cents and plain numbers match Intl', () => {
  fc.assert(
    fc.property(amounts, fc.integer({ min: 0, max: 4 }), (value, digits) => {
      const cents = intlMoney('USD', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
      const compact = new Intl.NumberFormat('en-US', {
        notation: 'compact',
        maximumFractionDigits: 1,
      });
      expect(formatMoney(value, 'USD', { cents: true })).toBe(unsignedZero(cents.format(value)));
      expect(formatNumber(value, digits)).toBe(unsignedZero(plain.format(value)));
      expect(formatCompactNumber(value)).toBe(unsignedZero(compact.format(value)));
    }),
    { numRuns: 3000 },
  );
});

test('rounding ties and tier carries, worked by hand', () => {
  expect(formatMoney(1.005, 'USD', { cents: true })).toBe('$1.01'); // the decimal 1.005, not binary
  expect(formatMoney(2.5, 'USD')).toBe('$3');
  expect(formatMoney(-2.5, 'USD')).toBe('-$3'); // half away from zero
  expect(formatMoney(1150, 'USD', { compact: true })).toBe('$1.2K');
  expect(formatMoney(999_950, 'USD', { compact: true })).toBe('$1M');
  expect(formatMoney(999.95, 'GBP', { compact: true })).toBe('£1K');
  expect(formatMoney(1_500_000_000_000, 'EUR', { compact: true })).toBe('€1.5T');
  expect(formatMoney(1234, 'CHF')).toBe('CHF\u00a01,234');
  expect(formatMoney(123456789012345680, 'USD')).toBe('$123,456,789,012,345,680');
});

test('a figure that rounds to zero has no sign', () => {
  expect(formatMoney(-0.4, 'USD')).toBe('$0');
  expect(formatMoney(-0, 'USD', { signed: true })).toBe('$0');
  expect(formatNumber(-0.004, 2)).toBe('0');
  expect(formatCompactNumber(-0.04)).toBe('0');
});

test('non-finite numbers print as Intl prints them', () => {
  expect(formatNumber(Number.NaN)).toBe('NaN');
  expect(formatNumber(Number.NEGATIVE_INFINITY)).toBe('-∞');
  expect(formatCompactNumber(Number.POSITIVE_INFINITY)).toBe('∞');
});
