import type { Vesting } from '@/domain';

/** The schedule fields a preset sets; year weights are percent of the grant per vesting year. */
export interface VestingSchedule {
  years: number;
  cliffMonths: number;
  frequency: Vesting['frequency'];
  yearWeights?: number[];
}

export interface VestingPreset {
  id: 'standard' | 'back-loaded' | 'three-annual';
  label: string;
  hint: string;
  schedule: VestingSchedule;
}

/** Common schedules in AI hiring. The back-loaded one is the Amazon-style 5/15/40/40. */
export const VESTING_PRESETS: readonly VestingPreset[] = [
  {
    id: 'standard',
    label: '4 years monthly, 1-year cliff',
    hint: 'A quarter after one year, then monthly',
    schedule: { years: 4, cliffMonths: 12, frequency: 'monthly' },
  },
  {
    id: 'back-loaded',
    label: '5/15/40/40',
    hint: 'Back-loaded: 5%, 15%, 40%, 40% per year, vesting quarterly',
    schedule: { years: 4, cliffMonths: 0, frequency: 'quarterly', yearWeights: [5, 15, 40, 40] },
  },
  {
    id: 'three-annual',
    label: '3 years annual',
    hint: 'A third at the end of each year',
    schedule: { years: 3, cliffMonths: 12, frequency: 'annual' },
  },
];

/** Equal weights that sum to exactly 100 at two decimals; the last year takes the rounding. */
export function evenWeights(years: number): number[] {
  const n = Math.max(1, Math.round(years));
  const each = Math.floor((100 / n) * 100) / 100;
  const weights = Array.from({ length: n }, () => each);
  weights[n - 1] = Math.round((100 - each * (n - 1)) * 100) / 100;
  return weights;
}

/** Sum of year weights, rounded to 2 decimals so float noise never shows up in a message. */
export function weightSum(weights: readonly number[]): number {
  return Math.round(weights.reduce((s, w) => s + w, 0) * 100) / 100;
}

/** The schema's own tolerance: year weights must sum to 100. */
export function weightsSumTo100(weights: readonly number[]): boolean {
  return Math.abs(weights.reduce((s, w) => s + w, 0) - 100) <= 1e-6;
}

/** Applies a preset's schedule to a vesting; a preset without weights clears custom weights. */
export function applyPreset(vesting: Vesting, preset: VestingPreset): Vesting {
  const { yearWeights, ...rest } = preset.schedule;
  return { ...vesting, ...rest, yearWeights: yearWeights ? [...yearWeights] : undefined };
}

/** Switches custom year weights on (equal split) or off. */
export function withCustomWeights(vesting: Vesting, on: boolean): Vesting {
  return { ...vesting, yearWeights: on ? evenWeights(vesting.years) : undefined };
}

/** Changing the vesting length resets custom weights to an equal split of the new length. */
export function withYears(vesting: Vesting, years: number): Vesting {
  const yearWeights =
    vesting.yearWeights && vesting.yearWeights.length !== years
      ? evenWeights(years)
      : vesting.yearWeights;
  return { ...vesting, years, yearWeights };
}

/** The preset a vesting matches exactly, if any. */
export function matchingPreset(vesting: Vesting): VestingPreset | undefined {
  return VESTING_PRESETS.find(({ schedule }) => {
    const sameWeights =
      (schedule.yearWeights ?? null)?.join('/') === (vesting.yearWeights ?? null)?.join('/');
    return (
      schedule.years === vesting.years &&
      schedule.cliffMonths === vesting.cliffMonths &&
      schedule.frequency === vesting.frequency &&
      sameWeights
    );
  });
}
