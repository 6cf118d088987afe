import fc from 'fast-check';
import { expect, test } from 'vitest';
import { roundTicks } from '@/components/chartGrid';

test('a finance chart topping out near $285K gets $100K ticks, not $95K ones', () => {
  expect(roundTicks(285_000)).toEqual([0, 100_000, 200_000, 300_000]);
  expect(roundTicks(365_831)).toEqual([0, 100_000, 200_000, 300_000, 400_000]);
  expect(roundTicks(760_000)).toEqual([0, 200_000, 400_000, 600_000, 800_000]);
  expect(roundTicks(1_000_000)).toEqual([0, 250_000, 500_000, 750_000, 1_000_000]);
});

test('nothing to draw still gives an axis', () => {
  expect(roundTicks(0)).toEqual([0, 1]);
  expect(roundTicks(Number.NaN)).toEqual([0, 1]);
});

test('ticks start at 0, step evenly by 1, 2, 2.5 or 5 × 10^k, and reach past the maximum', () => {
  fc.assert(
    fc.property(
      fc.double({ min: 0.01, max: 1e12, noNaN: true }),
      fc.integer({ min: 2, max: 8 }),
      (max, maxTicks) => {
        const ticks = roundTicks(max, maxTicks);
        expect(ticks[0]).toBe(0);
        const step = ticks[1]!;
        const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-9);
        expect([1, 2, 2.5, 5].some((m) => Math.abs(m - mantissa) < 1e-6)).toBe(true);
        ticks.forEach((t, i) => expect(Math.abs(t - i * step)).toBeLessThanOrEqual(step * 1e-9));
        expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max * (1 - 1e-9));
        expect(ticks.at(-2)!).toBeLessThan(max);
        expect(ticks.length - 1).toBeLessThanOrEqual(maxTicks);
      },
    ),
  );
});
