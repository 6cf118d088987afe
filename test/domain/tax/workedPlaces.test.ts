// @vitest-environment node
/** tax.md §8: W5–W12 and W19–W22 (US states and cities, 2026). */
import { line, sumLines, warning, year } from './helpers';

describe('worked examples: places, single, $250,000 (2026)', () => {
  it('W5 Austin TX → tax 66,818.00, net 183,182.00', () => {
    // fed TI 233,900 → 41,024 + 32% × 32,125 = 51,304; FICA 11,439 + 3,625 + 450 = 15,514
    const y = year({ salary: 250_000 }, 'US-TX');
    expect(line(y, 'us.federalIncomeTax')).toBe(51_304);
    expect(y.totalTax).toBe(66_818);
    expect(y.net).toBe(183_182);
    expect(y.lines.map((l) => l.id)).toEqual([
      'us.federalIncomeTax',
      'us.socialSecurity',
      'us.medicare',
      'us.additionalMedicare',
    ]);
  });

  it('W6 Seattle WA → tax 69,757.21, net 180,242.79', () => {
    // W5 + WA Cares 0.58% × 250,000 = 1,450 + PFML 1.13% × (1 − 28.57%) × 184,500 = 1,489.21
    const y = year({ salary: 250_000 }, 'US-WA');
    expect(line(y, 'wa.waCares')).toBe(1_450);
    expect(line(y, 'wa.pfml')).toBe(1_489.21);
    expect(y.totalTax).toBe(69_757.21);
    expect(y.net).toBe(180_242.79);
  });

  it('W7 San Francisco → tax 89,072.98, net 160,927.02', () => {
    // CA TI 250,000 − 5,706 = 244,294: 3,201.97 + 9.3% × (244,294 − 72,724 = 171,570) = 19,157.98
    // − 153 exemption credit (AGI under 252,203) = 19,004.98; SDI 1.3% × 250,000 = 3,250
    const y = year({ salary: 250_000 }, 'US-CA');
    expect(line(y, 'ca.incomeTax')).toBe(19_004.98);
    expect(line(y, 'ca.sdi')).toBe(3_250);
    expect(y.lines.find((l) => l.id === 'ca.sdi')?.formula).toBe('ca.sdi = 1.3% × 250,000 = 3,250');
    expect(y.totalTax).toBe(89_072.98);
    expect(y.net).toBe(160_927.02);
  });

  it('W8 NYC resident → tax 91,854.25, net 158,145.75', () => {
    // NY TI 242,000; main 12,140.35 + 6.85% × 26,600 = 13,962.45; recapture 567 + (250,000 −
    // 215,400)/50,000 × 2,047 = 1,983.52 → NY 15,945.97; NYC 1,813.17 + 3.876% × 192,000 = 9,255.09;
    // school credit −(63 + 0.171% × 12,000 + 0.228% × 230,000) = −607.92; PFL 411.91; DBL 31.20
    const y = year({ salary: 250_000 }, 'US-NYC');
    expect(line(y, 'ny.incomeTax')).toBe(15_945.97);
    expect(line(y, 'nyc.incomeTax')).toBe(9_255.09);
    expect(line(y, 'nyc.schoolTaxCredit')).toBe(-607.92);
    expect(line(y, 'ny.pfl')).toBe(411.91);
    expect(line(y, 'ny.dbl')).toBe(31.2);
    expect(y.totalTax).toBe(91_854.25);
    expect(y.net).toBe(158_145.75);
  });

  it('W9 Boston MA → tax 79,846.70, net 170,153.30', () => {
    // MA TI 250,000 − 2,000 (FICA deduction, capped) − 4,400 = 243,600 × 5% = 12,180;
    // PFML 0.46% × 184,500 = 848.70; no surtax
    const y = year({ salary: 250_000 }, 'US-MA');
    expect(line(y, 'ma.incomeTax')).toBe(12_180);
    expect(line(y, 'ma.surtax')).toBe(0);
    expect(line(y, 'ma.pfml')).toBe(848.7);
    expect(y.totalTax).toBe(79_846.7);
    expect(y.net).toBe(170_153.3);
  });

  it('W5–W9 rank TX > WA > MA > CA > NYC by net', () => {
    const nets = (['US-TX', 'US-WA', 'US-MA', 'US-CA', 'US-NYC'] as const).map(
      (j) => year({ salary: 250_000 }, j).net,
    );
    expect([...nets].sort((a, b) => b - a)).toEqual(nets);
  });
});

describe('worked examples: high incomes and special cases (2026)', () => {
  it('W10 MA, single, 1,500,000 → MA 91,098.00, federal 505,000.25', () => {
    // MA TI 1,500,000 − 2,000 − 4,400 = 1,493,600 → 5% = 74,680;
    // surtax 4% × (1,493,600 − 1,083,150) = 16,418; federal 192,979.25 + 37% × 843,300
    const y = year({ salary: 1_500_000 }, 'US-MA');
    expect(line(y, 'ma.incomeTax')).toBe(74_680);
    expect(line(y, 'ma.surtax')).toBe(16_418);
    expect(sumLines(y, ['ma.incomeTax', 'ma.surtax'])).toBe(91_098);
    expect(line(y, 'us.federalIncomeTax')).toBe(505_000.25);
  });

  it('W11 CA, single, 1,200,000 → CA 129,677.71', () => {
    // TI 1,194,294: 3,201.97 + 27,784.22 + 7,652.08 + 33,581.57 + 12.3% × 451,341 = 127,734.77;
    // exemption credit 0 (ceil(947,797 / 2,500) × 6 > 153); MHST 1% × 194,294 = 1,942.94
    expect(line(year({ salary: 1_200_000 }, 'US-CA'), 'ca.incomeTax')).toBe(129_677.71);
  });

  it('W12 NY, single, 1,200,000 → NY 115,028.05', () => {
    // TI 1,192,000; main 12,140.35 + 6.85% × 862,150 + 9.65% × 114,450 = 82,242.05;
    // recapture tier 3 fully phased in: 2,614 + 30,172 = 32,786 → 115,028.05; the flat check
    // 9.65% × 1,192,000 = 115,028 differs by 0.05 because the table's bases are whole dollars
    const y = year({ salary: 1_200_000 }, 'US-NY');
    expect(line(y, 'ny.incomeTax')).toBe(115_028.05);
    expect(y.lines.some((l) => l.id.startsWith('nyc.'))).toBe(false);
  });

  it('W19 SALT warning, SF single 250,000 → 1,969.59 less federal tax if itemized', () => {
    // state tax 19,004.98 + SDI 3,250 = 22,254.98 < cap 40,400 and > std 16,100;
    // TI 233,900 → 227,745.02 stays in the 32% bracket: 32% × 6,154.98 = 1,969.59
    const w = warning(year({ salary: 250_000 }, 'US-CA'), 'MAY_ITEMIZE_SALT');
    expect(w?.amount).toBe(1_969.59);
    expect(w?.message).toContain('about $1,970');
  });

  it('W20 SF, mfj: 220,000 + bonus 30,000 + RSU 50,000, spouse 100,000 → tax 132,166.96', () => {
    // fed 73,468 (W2); FICA 17,639 + 5,800 + 1,350 (W4); CA TI 400,000 − 11,412 = 388,588 →
    // 6,403.94 + 9.3% × 243,140 = 29,015.96 − 2 × 153 = 28,709.96; SDI 1.3% × 400,000 = 5,200
    const y = year(
      { salary: 220_000, bonus: 30_000, rsuVest: 50_000, spouseWages: 100_000 },
      'US-CA',
      'mfj',
    );
    expect(line(y, 'ca.incomeTax')).toBe(28_709.96);
    expect(line(y, 'ca.sdi')).toBe(5_200);
    expect(y.gross).toBe(400_000);
    expect(y.totalTax).toBe(132_166.96);
    expect(y.net).toBe(267_833.04);
  });

  it('W21 NYC, single: 300,000 salary + 200,000 RSU → tax 211,497.98, net 288,502.02', () => {
    // fed TI 483,900 → 58,448 + 35% × 227,675 = 138,134.25; FICA 11,439 + 7,250 + 2,700;
    // NY TI 492,000: 12,140.35 + 6.85% × 276,600 = 31,087.45 + recapture 567 + 2,047 = 33,701.45;
    // NYC 1,813.17 + 3.876% × 442,000 = 18,945.09; school credit (AGI > 250,000: no fixed part)
    // −(20.52 + 0.228% × 480,000) = −1,114.92; PFL 411.91; DBL 31.20
    const y = year({ salary: 300_000, rsuVest: 200_000 }, 'US-NYC');
    expect(line(y, 'us.federalIncomeTax')).toBe(138_134.25);
    expect(line(y, 'ny.incomeTax')).toBe(33_701.45);
    expect(line(y, 'nyc.incomeTax')).toBe(18_945.09);
    expect(line(y, 'nyc.schoolTaxCredit')).toBe(-1_114.92);
    expect(y.totalTax).toBe(211_497.98);
    expect(y.net).toBe(288_502.02);
  });

  it('W22 NY recapture notch: one cent of wages at NY AGI 1,085,550 adds 4,827.52 of NY tax', () => {
    // AGI 1,085,549.99 (TI 1,077,549.99): tier 2 fully phased in, supplemental 567 + 2,047 = 2,614.
    // AGI 1,085,550 (TI 1,077,550): tier 3, phase (1,085,550 − 1,077,550)/50,000 = 0.16 →
    // 2,614 + 0.16 × 30,172 = 7,441.52: +4,827.52 (the main schedule adds 6.85% × 0.01 ≈ 0)
    const before = year({ salary: 1_085_549.99 }, 'US-NY');
    const after = year({ salary: 1_085_550 }, 'US-NY');
    const jump = line(after, 'ny.incomeTax') - line(before, 'ny.incomeTax');
    expect(Math.abs(jump - 4_827.52)).toBeLessThanOrEqual(0.01 + 1e-9);
    expect(after.lines.find((l) => l.id === 'ny.incomeTax')?.formula).toContain(
      'recapture 2,614 + min(1, (1,085,550 − 1,077,550) / 50,000) = 0.16 × 30,172 = 7,441.52',
    );
    expect(warning(after, 'NY_RECAPTURE_NOTCH')?.amount).toBe(4_827.52);
  });
});
