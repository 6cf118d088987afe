import {
  grantValueOf,
  sharesAfterRepricing,
  sharesForGrantValue,
} from '@/features/offers/grantValue';

describe('grant value and shares', () => {
  it('converts a grant value to shares at the share price', () => {
    expect(sharesForGrantValue(400_000, 250)).toBe(1_600);
    expect(grantValueOf(1_600, 250)).toBe(400_000);
  });

  it('cannot convert without a share price', () => {
    expect(sharesForGrantValue(400_000, 0)).toBeNull();
  });

  it('repricing keeps the grant value', () => {
    const shares = sharesAfterRepricing(1_600, 250, 200);
    expect(shares).toBe(2_000);
    expect(grantValueOf(shares, 200)).toBe(400_000);
    expect(sharesAfterRepricing(1_600, 0, 200)).toBe(1_600);
  });
});
