import { parseOffer, type Vesting } from '@/domain';
import {
  VESTING_PRESETS,
  applyPreset,
  evenWeights,
  matchingPreset,
  weightSum,
  weightsSumTo100,
  withCustomWeights,
  withYears,
} from '@/features/offers/vestingPresets';
import fc from 'fast-check';

const baseVesting = (): Vesting => parseOffer({ name: 'x', cash: { base: 1 } }).equity.vesting;
const preset = (id: string) => VESTING_PRESETS.find((p) => p.id === id)!;

describe('vesting presets', () => {
  it('5/15/40/40 sets four year weights', () => {
    const v = applyPreset(baseVesting(), preset('back-loaded'));
    expect(v.years).toBe(4);
    expect(v.yearWeights).toEqual([5, 15, 40, 40]);
  });

  it('a preset without weights clears custom weights and sets its schedule', () => {
    const custom = { ...baseVesting(), yearWeights: [10, 20, 30, 40] };
    const v = applyPreset(custom, preset('three-annual'));
    expect(v).toMatchObject({ years: 3, frequency: 'annual' });
    expect(v.yearWeights).toBeUndefined();
  });

  it('every preset yields a vesting the schema accepts', () => {
    for (const p of VESTING_PRESETS) {
      const vesting = applyPreset(baseVesting(), p);
      expect(() =>
        parseOffer({ name: 'x', cash: { base: 1 }, equity: { type: 'rsu', vesting } }),
      ).not.toThrow();
    }
  });

  it('matchingPreset recognizes an applied preset and not a changed one', () => {
    const v = applyPreset(baseVesting(), preset('back-loaded'));
    expect(matchingPreset(v)?.id).toBe('back-loaded');
    expect(matchingPreset({ ...v, cliffMonths: 6 })).toBeUndefined();
    expect(matchingPreset(baseVesting())?.id).toBe('standard');
  });
});

describe('custom year weights', () => {
  it('even weights sum to exactly 100 within the schema tolerance', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), (years) => {
        const w = evenWeights(years);
        expect(w).toHaveLength(years);
        expect(weightsSumTo100(w)).toBe(true);
      }),
    );
    expect(evenWeights(3)).toEqual([33.33, 33.33, 33.34]);
  });

  it('detects sums other than 100', () => {
    expect(weightsSumTo100([10, 20, 30, 45])).toBe(false);
    expect(weightSum([10, 20, 30, 45])).toBe(105);
  });

  it('toggling on splits evenly; off removes the weights', () => {
    const on = withCustomWeights(baseVesting(), true);
    expect(on.yearWeights).toEqual([25, 25, 25, 25]);
    expect(withCustomWeights(on, false).yearWeights).toBeUndefined();
  });

  it('changing the vesting length keeps weights valid', () => {
    const v = withYears({ ...baseVesting(), yearWeights: [5, 15, 40, 40] }, 5);
    expect(v.yearWeights).toEqual([20, 20, 20, 20, 20]);
    expect(withYears(baseVesting(), 3).yearWeights).toBeUndefined();
  });
});
