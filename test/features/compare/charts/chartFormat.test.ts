import { tickInterval, wrapWords } from '@/features/compare/charts/chartFormat';

describe('tickInterval', () => {
  const years = (n: number) => Array.from({ length: n }, (_, i) => `Year ${i + 1}`);

  it('shows every label when they fit', () => {
    expect(tickInterval(years(4), 700)).toBe(0);
  });

  it('skips labels on a narrow axis so they do not overlap', () => {
    // "Year 10": 7 characters ≈ 48 px + 8 px gap; 260 px holds 4 of the 10.
    expect(tickInterval(years(10), 260)).toBe(2);
  });

  it('shows only the first label when there is no room', () => {
    expect(tickInterval([], 300)).toBe(0);
    expect(tickInterval(years(4), 0)).toBe(3);
  });
});

describe('wrapWords', () => {
  it('keeps a short label on one line', () => {
    expect(wrapWords('Data access', 19)).toEqual(['Data access']);
  });

  it('breaks at spaces to fit the width', () => {
    expect(wrapWords('Roadmap / influence', 10)).toEqual(['Roadmap /', 'influence']);
  });

  it('keeps a long word whole on its own line', () => {
    expect(wrapWords('Commitment to AI', 6)).toEqual(['Commitment', 'to AI']);
  });
});
