// @vitest-environment node
/** Numbers in formulas (tax/format.ts): amt keeps recent texts; a reused slot never gives a stale one. */
import fc from 'fast-check';
import { amt, money, pct } from '@/domain/tax/format';

/** Independent text of a whole number of cents ≥ 0: "1,234.5" → "1,234.50", ".00" left off. */
function expected(cents: number): string {
  const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const part = cents % 100;
  return part === 0 ? whole : `${whole}.${String(part).padStart(2, '0')}`;
}

describe('amt', () => {
  it('prints cents with separators, whatever came before in the cache', () => {
    const cents = fc.oneof(
      fc.integer({ min: 0, max: 99_999 }),
      fc.integer({ min: 0, max: 99_999_999_999 }),
      fc.constantFrom(0, 100, 25_000_000, 18_450_000, 148_921),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cents, fc.boolean()), { minLength: 1, maxLength: 200 }),
        (xs) => {
          for (const [c, negative] of xs) {
            const x = (negative ? -c : c) / 100;
            const text = expected(c);
            expect(amt(x)).toBe(negative && c > 0 ? `−${text}` : text);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rounds half-up to the cent, and prints a sub-cent amount as 0', () => {
    expect(amt(78_639.145)).toBe('78,639.15');
    expect(amt(1_489.2084)).toBe('1,489.21');
    expect(amt(0.004)).toBe('0');
    expect(amt(-0.004)).toBe('0');
    expect(amt(-607.92)).toBe('−607.92');
    expect(amt(1_000)).toBe('1,000');
  });

  it('formats rates and whole-unit money', () => {
    expect(pct(1.3)).toBe('1.3%');
    expect(pct(1.13 * (1 - 0.2857))).toBe('0.807159%');
    expect(money(15_900.25, 'USD')).toBe('$15,900');
    expect(money(-4_210.6, 'GBP')).toBe('−£4,211');
  });
});
