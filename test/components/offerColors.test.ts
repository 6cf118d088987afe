import { expect, test } from 'vitest';
import { OFFER_COLORS, dimensionColor, offerColor } from '@/components/offerColors';

test('each offer position keeps one color, cycling through the palette', () => {
  expect(offerColor(0)).toBe(OFFER_COLORS[0]);
  expect(offerColor(OFFER_COLORS.length)).toBe(OFFER_COLORS[0]);
  expect(new Set(OFFER_COLORS.map((_, i) => offerColor(i))).size).toBe(OFFER_COLORS.length);
});

test('built-in dimensions have fixed colors and custom ones get a fallback', () => {
  expect(dimensionColor('data')).not.toBe(dimensionColor('cash'));
  expect(dimensionColor('custom-x', 0)).toMatch(/^#[0-9a-f]{6}$/i);
});
