// @vitest-environment node
import { parseOffer, vestingFractionsByYear, type Vesting } from '@/domain';
import { vestSchedule } from '@/domain/money/vesting';

const vesting = (v: Record<string, unknown>): Vesting =>
  parseOffer({ name: 'x', cash: { base: 0 }, equity: { type: 'rsu', vesting: v } }).equity.vesting;

const monthsOf = (events: readonly { month: number }[]) => events.map((e) => e.month);

describe('vestSchedule', () => {
  it('monthly over 4 years with a 12-month cliff: 12/48 at month 12, then 1/48 a month', () => {
    const events = vestSchedule(vesting({}));
    expect(events[0]).toEqual({ month: 12, fraction: 0.25 }); // 12 months × 1/48 held by the cliff
    expect(events[1]?.month).toBe(13);
    expect(events[1]?.fraction).toBeCloseTo(1 / 48, 12);
    expect(events).toHaveLength(37); // month 12, then months 13..48
    expect(events.reduce((s, e) => s + e.fraction, 0)).toBeCloseTo(1, 12);
  });

  it('a cliff shorter than a year releases 6/48 at month 6', () => {
    const events = vestSchedule(vesting({ cliffMonths: 6 }));
    expect(events[0]?.month).toBe(6);
    expect(events[0]?.fraction).toBeCloseTo(6 / 48, 12); // months 1..6 at 1/48 each
    expect(vestingFractionsByYear(vesting({ cliffMonths: 6 }), 4)[0]).toBeCloseTo(12 / 48, 12);
  });

  it('a cliff longer than a year moves 18/48 into year 2 and leaves year 1 empty', () => {
    const fractions = vestingFractionsByYear(vesting({ cliffMonths: 18 }), 4);
    // month 18 gets 18/48; months 19..24 add 6/48 → year 2 = 24/48
    expect(fractions[0]).toBe(0);
    expect(fractions[1]).toBeCloseTo(0.5, 12);
    expect(fractions[2]).toBeCloseTo(0.25, 12);
    expect(fractions[3]).toBeCloseTo(0.25, 12);
  });

  it('quarterly: 1/16 every third month; the cliff gathers months 3, 6, 9 and 12', () => {
    const events = vestSchedule(vesting({ frequency: 'quarterly' }));
    expect(events[0]).toEqual({ month: 12, fraction: 0.25 }); // 4 quarters × 1/16
    expect(monthsOf(events.slice(1, 4))).toEqual([15, 18, 21]);
    expect(events[1]?.fraction).toBeCloseTo(1 / 16, 12);
    expect(events).toHaveLength(13);
  });

  it('quarterly with a 4-month cliff moves the month-3 vest to month 4', () => {
    const events = vestSchedule(vesting({ frequency: 'quarterly', cliffMonths: 4 }));
    expect(events[0]).toEqual({ month: 4, fraction: 1 / 16 });
    expect(events[1]).toEqual({ month: 6, fraction: 1 / 16 });
  });

  it('annual: a quarter at each anniversary', () => {
    const events = vestSchedule(vesting({ frequency: 'annual', cliffMonths: 0 }));
    expect(events).toEqual([12, 24, 36, 48].map((month) => ({ month, fraction: 0.25 })));
  });

  it('back-loaded year weights 5/15/40/40', () => {
    expect(
      vestingFractionsByYear(vesting({ frequency: 'annual', yearWeights: [5, 15, 40, 40] }), 4),
    ).toEqual([0.05, 0.15, 0.4, 0.4]);
    const monthly = vestSchedule(vesting({ yearWeights: [5, 15, 40, 40] }));
    expect(monthly[0]?.month).toBe(12);
    expect(monthly[0]?.fraction).toBeCloseTo(0.05, 12); // 12 × 0.05/12
    expect(monthly[1]?.fraction).toBeCloseTo(0.15 / 12, 12); // month 13: year-2 weight / 12
  });

  it('refresh grants have no cliff: 1/48 from the first month', () => {
    const events = vestSchedule(vesting({}), false);
    expect(events[0]?.month).toBe(1);
    expect(events[0]?.fraction).toBeCloseTo(1 / 48, 12);
    expect(events).toHaveLength(48);
  });

  it('a cliff as long as the whole period vests everything at the end', () => {
    const events = vestSchedule(vesting({ years: 2, cliffMonths: 24 }));
    expect(events).toHaveLength(1);
    expect(events[0]?.month).toBe(24);
    expect(events[0]?.fraction).toBeCloseTo(1, 12); // 24 × 1/24
  });
});

describe('vestingFractionsByYear', () => {
  it('pads years past the vesting period with zeros and truncates shorter horizons', () => {
    expect(vestingFractionsByYear(vesting({ years: 2, frequency: 'annual' }), 4)).toEqual([
      0.5, 0.5, 0, 0,
    ]);
    expect(vestingFractionsByYear(vesting({ frequency: 'annual' }), 2)).toEqual([0.25, 0.25]);
  });
});
