import { describe, expect, test } from 'vitest';
import { BUILT_IN_DIMENSION_IDS, ProfileSchema } from '@/domain';
import {
  PRIORITY_PRESETS,
  matchingPreset,
  presetById,
  presetInCurrency,
} from '@/features/priorities/presets';

const weightsOf = (id: string) => presetById(id)!.profile.weights as Record<string, number>;

describe('priority presets', () => {
  test('the five presets the issue names exist', () => {
    expect(PRIORITY_PRESETS.map((p) => p.label)).toEqual([
      'Research-focused',
      'Production-focused',
      'Cash first',
      'Upside seeker',
      'Balanced',
    ]);
  });

  test.each(PRIORITY_PRESETS.map((p) => [p.label, p] as const))(
    '%s is a valid profile',
    (_label, preset) => {
      const result = ProfileSchema.safeParse({ name: preset.label, ...preset.profile });
      expect(result.success).toBe(true);
    },
  );

  test.each(PRIORITY_PRESETS.map((p) => [p.label, p] as const))(
    '%s weighs every built-in dimension, summing to 100',
    (_label, preset) => {
      const weights = preset.profile.weights as Record<string, number>;
      expect(Object.keys(weights).sort()).toEqual([...BUILT_IN_DIMENSION_IDS].sort());
      expect(Object.values(weights).reduce((s, w) => s + w, 0)).toBeCloseTo(100, 9);
    },
  );

  test.each(PRIORITY_PRESETS.map((p) => [p.label, p] as const))(
    '%s has ideal amounts above walk-away',
    (_label, preset) => {
      const { cash, equity } = preset.profile.money as {
        cash: { floor: number; target: number };
        equity: { floor: number; target: number };
      };
      expect(cash.target).toBeGreaterThan(cash.floor);
      expect(equity.target).toBeGreaterThan(equity.floor);
      expect(cash.floor).toBeGreaterThanOrEqual(100_000);
    },
  );

  test('the research track weighs data access and scope above cash', () => {
    const w = weightsOf('research');
    expect(w.data).toBeGreaterThan(w.cash!);
    expect(w.scope).toBeGreaterThan(w.cash!);
    expect(Math.max(...Object.values(w))).toBe(w.data);
  });

  test('the production track weighs scope, roadmap and cash above data access', () => {
    const w = weightsOf('production');
    for (const id of ['scope', 'roadmap', 'cash']) expect(w[id]).toBeGreaterThan(w.data!);
  });

  test('cash first puts cash on top with a base-salary must-have; upside seeker puts equity on top', () => {
    const cash = weightsOf('cash');
    expect(Math.max(...Object.values(cash))).toBe(cash.cash);
    expect(presetById('cash')!.profile.constraints).toEqual([{ dimension: 'base', min: 220_000 }]);
    const upside = weightsOf('upside');
    expect(Math.max(...Object.values(upside))).toBe(upside.equity);
  });

  test('balanced lets no dimension take more than a fifth', () => {
    expect(Math.max(...Object.values(weightsOf('balanced')))).toBeLessThanOrEqual(20);
  });
});

describe('presets in another currency', () => {
  test.each([0.8, 150, 0.0005])('at %s per USD every preset stays a valid profile', (rate) => {
    for (const preset of PRIORITY_PRESETS) {
      const restated = presetInCurrency(preset, rate);
      expect(ProfileSchema.safeParse({ name: preset.label, ...restated }).success).toBe(true);
      expect(restated.weights).toEqual(preset.profile.weights);
    }
  });

  test('amounts and money must-haves scale, to the nearest 1,000; rating must-haves do not', () => {
    const preset = {
      ...presetById('cash')!,
      profile: {
        ...presetById('cash')!.profile,
        constraints: [
          { dimension: 'base', min: 220_000 },
          { dimension: 'data', min: 6 },
        ],
      },
    };
    const restated = presetInCurrency(preset, 150); // JPY per USD
    expect(restated.money.cash).toEqual({ floor: 37_500_000, target: 75_000_000 });
    expect(restated.constraints).toEqual([
      { dimension: 'base', min: 33_000_000 },
      { dimension: 'data', min: 6 },
    ]);
  });
});

describe('matchingPreset', () => {
  test('matches a profile holding a preset’s weight shares and horizon, whatever the scale', () => {
    const research = PRIORITY_PRESETS.find((p) => p.id === 'research')!;
    const doubled = Object.fromEntries(
      Object.entries(research.profile.weights).map(([id, w]) => [id, (w ?? 0) * 2]),
    );
    expect(matchingPreset({ weights: doubled, horizonYears: 4 })?.id).toBe('research');
    expect(matchingPreset({ weights: doubled, horizonYears: 5 })).toBeUndefined();
    expect(matchingPreset({ weights: { ...doubled, cash: 31 }, horizonYears: 4 })).toBeUndefined();
    expect(matchingPreset({ weights: { ...doubled, custom: 1 }, horizonYears: 4 })).toBeUndefined();
  });

  test('every preset matches itself', () => {
    for (const preset of PRIORITY_PRESETS)
      expect(
        matchingPreset(preset.profile as { weights: Record<string, number>; horizonYears: number }),
      ).toBe(preset);
  });
});
