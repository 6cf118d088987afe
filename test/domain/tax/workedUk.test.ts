// @vitest-environment node
/** tax.md §8: W13–W15 (London, 2026/27). */
import { marginalRate } from '@/domain';
import { line, RULES, year } from './helpers';

describe('worked examples: London (GB-ENG, 2026/27)', () => {
  it('W13 £150,000 → IT 53,703.00, NI 5,010.60, net 91,286.40', () => {
    // PA 0 (fully tapered above 125,140); 20% × 37,700 + 40% × 87,440 + 45% × 24,860
    // = 7,540 + 34,976 + 11,187; NI 8% × 37,700 + 2% × 99,730 = 3,016 + 1,994.60
    const y = year({ salary: 150_000 }, 'GB-ENG');
    expect(line(y, 'uk.incomeTax')).toBe(53_703);
    expect(line(y, 'uk.niEmployee')).toBe(5_010.6);
    expect(y.net).toBe(91_286.4);
    expect(y.currency).toBe('GBP');
  });

  it('W14 £110,000 → IT 33,432.00, NI 4,210.60, marginal 62%', () => {
    // PA 12,570 − 5,000 = 7,570; TI 102,430: 7,540 + 40% × 64,730 = 33,432;
    // NI 3,016 + 2% × 59,730 = 4,210.60; marginal 40% + 20% (lost PA taxed at 40%) + 2% NI
    const y = year({ salary: 110_000 }, 'GB-ENG');
    expect(line(y, 'uk.incomeTax')).toBe(33_432);
    expect(line(y, 'uk.niEmployee')).toBe(4_210.6);
    expect(y.marginalRatePct).toBeCloseTo(62, 9);
    expect(marginalRate({ year: 2026, salary: 110_000 }, 'GB-ENG', 'single', RULES)).toBeCloseTo(
      0.62,
      12,
    );
  });

  it('W15 £60,000 → IT 11,432.00, NI 3,210.60', () => {
    // TI 60,000 − 12,570 = 47,430: 7,540 + 40% × 9,730 = 11,432; NI 3,016 + 2% × 9,730 = 3,210.60
    const y = year({ salary: 60_000 }, 'GB-ENG');
    expect(line(y, 'uk.incomeTax')).toBe(11_432);
    expect(line(y, 'uk.niEmployee')).toBe(3_210.6);
  });

  it('edges: £50,270 pays no higher rate; £100,003 leaves PA 12,569; £125,140 leaves PA 0', () => {
    // 50,270 − 12,570 = 37,700: all at 20% = 7,540
    expect(line(year({ salary: 50_270 }, 'GB-ENG'), 'uk.incomeTax')).toBe(7_540);
    // PA = ceil(12,570 − 1.5) = 12,569; TI 87,434: 7,540 + 40% × 49,734 = 27,433.60
    expect(line(year({ salary: 100_003 }, 'GB-ENG'), 'uk.incomeTax')).toBe(27_433.6);
    // PA 0; TI 125,140: 7,540 + 40% × 87,440 = 42,516 (no 45% on the threshold itself)
    expect(line(year({ salary: 125_140 }, 'GB-ENG'), 'uk.incomeTax')).toBe(42_516);
  });

  it('ignores filing status and spouse wages (the UK taxes individuals)', () => {
    const single = year({ salary: 110_000 }, 'GB-ENG');
    const joint = year({ salary: 110_000, spouseWages: 80_000 }, 'GB-ENG', 'mfj');
    expect(joint.totalTax).toBe(single.totalTax);
    expect(joint.gross).toBe(110_000);
  });
});
