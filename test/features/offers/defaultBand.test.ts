import { BandSchema } from '@/domain';
import { defaultBand } from '@/features/offers/defaultBand';

describe('defaultBand', () => {
  it('spreads ±15% around the base, rounded to thousands', () => {
    expect(defaultBand(200_000)).toEqual({ min: 170_000, mid: 200_000, max: 230_000 });
  });

  it('is a valid band even without a base', () => {
    for (const base of [0, 300, 1_000, 185_000]) {
      expect(BandSchema.safeParse(defaultBand(base)).success).toBe(true);
    }
  });
});
