import { stackSegments, stackTotal } from '@/features/compare/charts/stackSegments';

describe('stackSegments', () => {
  const parts = [
    { key: 'base', value: 300 },
    { key: 'bonus', value: 0 },
    { key: 'equity', value: 100 },
  ];

  it('adds up the parts, counting a negative part as 0', () => {
    expect(stackTotal(parts)).toBe(400);
    expect(stackTotal([...parts, { key: 'x', value: -50 }])).toBe(400);
  });

  it('splits the bar in proportion from its base, skipping empty parts', () => {
    expect(stackSegments(parts, 200)).toEqual([
      { key: 'base', offset: 0, size: 150 },
      { key: 'equity', offset: 150, size: 50 },
    ]);
  });

  it('draws nothing for an empty or zero-length bar', () => {
    expect(stackSegments([], 200)).toEqual([]);
    expect(stackSegments([{ key: 'a', value: 0 }], 200)).toEqual([]);
    expect(stackSegments(parts, 0)).toEqual([]);
  });
});
