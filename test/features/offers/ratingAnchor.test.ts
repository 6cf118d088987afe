import { anchorLevel } from '@/features/offers/ratingAnchor';

describe('anchorLevel', () => {
  it.each([
    [0, 'low'],
    [3, 'low'],
    [3.5, 'low'],
    [4, 'mid'],
    [6, 'mid'],
    [6.9, 'mid'],
    [7, 'high'],
    [10, 'high'],
  ] as const)('rating %s is %s', (rating, level) => {
    expect(anchorLevel(rating)).toBe(level);
  });
});
