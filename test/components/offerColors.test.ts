import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_OFFERS } from '@/domain';
import {
  DIMENSION_COLORS,
  EXTRA_DIMENSION_COLORS,
  OFFER_COLORS,
  SAFE_OFFER_COLORS,
  dimensionColor,
  needsSecondCue,
  offerColor,
} from '@/components/offerColors';
import { COST_COLORS } from '@/features/finance/costColors';
import {
  DEFICIENCIES,
  contrast,
  distance,
  distanceSeenWith,
  oklabChroma,
  parseColor,
} from './colorMath';
import { themeBackgrounds } from './themeBackgrounds';

const DIMENSION_PALETTE = [...Object.values(DIMENSION_COLORS), ...EXTRA_DIMENSION_COLORS];
const COST_PALETTE = Object.values(COST_COLORS);
const PALETTES = {
  offers: [...OFFER_COLORS],
  dimensions: DIMENSION_PALETTE,
  'cost components': COST_PALETTE,
};
const backgrounds = themeBackgrounds();

/** The smallest distance between a color of `a` and a different color of `b`. */
const closest = (a: readonly string[], b: readonly string[], d = distance) =>
  Math.min(
    ...a.flatMap((x, i) =>
      b.filter((_, j) => a !== b || i !== j).map((y) => d(parseColor(x), parseColor(y))),
    ),
  );

describe('offer colors', () => {
  test('every offer up to the workspace limit has its own color', () => {
    expect(OFFER_COLORS.length).toBeGreaterThanOrEqual(MAX_OFFERS);
    const colors = Array.from({ length: MAX_OFFERS }, (_, i) => offerColor(i).toLowerCase());
    expect(new Set(colors).size).toBe(MAX_OFFERS);
  });

  test('no two offer colors look alike (OKLab distance ≥ 0.05)', () => {
    expect(closest(OFFER_COLORS, OFFER_COLORS)).toBeGreaterThanOrEqual(0.05);
  });

  test('the first colors stay apart for protanopia, deuteranopia and tritanopia', () => {
    const safe = OFFER_COLORS.slice(0, SAFE_OFFER_COLORS);
    for (const deficiency of DEFICIENCIES) {
      const seen = (a: ReturnType<typeof parseColor>, b: ReturnType<typeof parseColor>) =>
        distanceSeenWith(deficiency, a, b);
      expect(closest(safe, safe, seen), deficiency).toBeGreaterThanOrEqual(0.07);
    }
  });

  test('a second cue is needed exactly when an offer is past the colorblind-safe colors', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: MAX_OFFERS - 1 })), (indexes) => {
        expect(needsSecondCue(indexes)).toBe(indexes.some((i) => i >= SAFE_OFFER_COLORS));
      }),
    );
  });

  test('a position always maps to a palette color, and the same one', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), (i) => {
        expect(OFFER_COLORS).toContain(offerColor(i));
        expect(offerColor(i)).toBe(offerColor(i + OFFER_COLORS.length));
      }),
    );
  });
});

describe('dimension and cost-component palettes', () => {
  test('built-in dimensions each have their own color; custom ones take the extra colors', () => {
    const builtIn = ['cash', 'equity', 'scope', 'data', 'roadmap', 'commitment'];
    expect(new Set(builtIn.map((id) => dimensionColor(id))).size).toBe(builtIn.length);
    expect(dimensionColor('custom-x', 0)).toBe(EXTRA_DIMENSION_COLORS[0]);
    expect(dimensionColor('custom-y', 1)).toBe(EXTRA_DIMENSION_COLORS[1]);
    expect(new Set(DIMENSION_PALETTE).size).toBe(DIMENSION_PALETTE.length);
    expect(new Set(COST_PALETTE).size).toBe(COST_PALETTE.length);
  });

  test('never collide with an offer color (OKLab distance ≥ 0.06) nor with each other', () => {
    expect(closest(DIMENSION_PALETTE, OFFER_COLORS)).toBeGreaterThanOrEqual(0.06);
    expect(closest(COST_PALETTE, OFFER_COLORS)).toBeGreaterThanOrEqual(0.06);
    expect(closest(DIMENSION_PALETTE, DIMENSION_PALETTE)).toBeGreaterThanOrEqual(0.05);
    expect(closest(COST_PALETTE, COST_PALETTE)).toBeGreaterThanOrEqual(0.05);
    expect(COST_PALETTE.filter((c) => DIMENSION_PALETTE.includes(c))).toEqual([]);
  });

  test('are muted where offers are vivid, so the families read apart', () => {
    const chroma = (colors: readonly string[]) => colors.map((c) => oklabChroma(parseColor(c)));
    const mutedMax = Math.max(...chroma([...DIMENSION_PALETTE, ...COST_PALETTE]));
    expect(mutedMax).toBeLessThanOrEqual(0.085);
    expect(Math.min(...chroma(OFFER_COLORS))).toBeGreaterThan(mutedMax);
  });
});

describe('contrast against the backgrounds (WCAG 1.4.11: graphics ≥ 3:1)', () => {
  for (const [name, colors] of Object.entries(PALETTES)) {
    for (const [theme, bgs] of Object.entries(backgrounds)) {
      test(`${name} on every ${theme} background`, () => {
        const failing = colors.flatMap((color) =>
          bgs
            .map((bg) => ({ color, bg, ratio: contrast(parseColor(color), parseColor(bg)) }))
            .filter((c) => c.ratio < 3),
        );
        expect(failing).toEqual([]);
      });
    }
  }

  test('the backgrounds are read from the theme tokens', () => {
    expect(backgrounds.light).toContain('#ffffff');
    expect(backgrounds.dark).toHaveLength(3);
  });
});
