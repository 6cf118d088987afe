// @vitest-environment node
/** tax.md §8: W1–W4, W16–W18 (federal, FICA, withholding gap, AMT, several years). */
import { parseOffer, takeHome, wagesByTaxYear } from '@/domain';
import { FICA, line, RULES, sumLines, warning, year } from './helpers';

describe('worked examples: federal and FICA (2026)', () => {
  it('W1 federal, single, wages 200,000 → 36,734.00', () => {
    // TI = 200,000 − 16,100 = 183,900; tax to 105,700 = 17,966; 24% × (183,900 − 105,700 = 78,200)
    // = 18,768 → 17,966 + 18,768 = 36,734
    expect(line(year({ salary: 200_000 }, 'US-TX'), 'us.federalIncomeTax')).toBe(36_734);
  });

  it('W2 federal, mfj, 400,000 → 73,468.00', () => {
    // TI = 400,000 − 32,200 = 367,800; 10% × 24,800 = 2,480; 12% × 76,000 = 9,120;
    // 22% × 110,600 = 24,332; 24% × (367,800 − 211,400 = 156,400) = 37,536 → 73,468
    expect(line(year({ salary: 400_000 }, 'US-TX', 'mfj'), 'us.federalIncomeTax')).toBe(73_468);
    // the same couple as 300,000 + 100,000: federal tax depends on the sum only
    expect(
      line(year({ salary: 300_000, spouseWages: 100_000 }, 'US-TX', 'mfj'), 'us.federalIncomeTax'),
    ).toBe(73_468);
  });

  it('W3 FICA, single, 300,000 → 16,689.00', () => {
    // SS 6.2% × 184,500 = 11,439; Medicare 1.45% × 300,000 = 4,350; Addl 0.9% × 100,000 = 900
    const y = year({ salary: 300_000 }, 'US-TX');
    expect(line(y, 'us.socialSecurity')).toBe(11_439);
    expect(line(y, 'us.medicare')).toBe(4_350);
    expect(line(y, 'us.additionalMedicare')).toBe(900);
    expect(sumLines(y, FICA)).toBe(16_689);
  });

  it('W4 FICA, mfj, 300,000 + 100,000 → 24,789.00', () => {
    // SS per person: 6.2% × 184,500 + 6.2% × 100,000 = 11,439 + 6,200 = 17,639;
    // Medicare 1.45% × 400,000 = 5,800; Addl 0.9% × (400,000 − 250,000) = 1,350
    const y = year({ salary: 300_000, spouseWages: 100_000 }, 'US-TX', 'mfj');
    expect(line(y, 'us.socialSecurity')).toBe(17_639);
    expect(line(y, 'us.medicare')).toBe(5_800);
    expect(line(y, 'us.additionalMedicare')).toBe(1_350);
    expect(sumLines(y, FICA)).toBe(24_789);
  });

  it('W16 RSU withholding gap, single: salary 200,000 + RSU 150,000 → 15,900.25', () => {
    // fed tax at 350,000: TI 333,900 → 58,448 + 35% × (333,900 − 256,225 = 77,675) = 85,634.25;
    // salary alone 36,734 (W1); attributable 48,900.25; withheld 22% × 150,000 = 33,000
    // gap = 48,900.25 − 33,000 = 15,900.25
    const y = year({ salary: 200_000, rsuVest: 150_000 }, 'US-TX');
    expect(line(y, 'us.federalIncomeTax')).toBe(85_634.25);
    const w = warning(y, 'SUPPLEMENTAL_UNDERWITHHOLDING');
    expect(w?.amount).toBe(15_900.25);
    expect(w?.message).toContain('About $15,900 more federal tax than is withheld on RSU vests');
  });

  it('W17 ISO exercise AMT, single: wages 200,000, ISO spread 300,000 → 73,148.00', () => {
    // AMTI 500,000; exemption 90,100 (phase-out starts above 500,000); base 409,900;
    // TMT 26% × 244,500 + 28% × 165,400 = 63,570 + 46,312 = 109,882; − regular 36,734 = 73,148
    const y = year({ salary: 200_000, isoSpread: 300_000 }, 'US-TX');
    expect(warning(y, 'AMT_LIKELY')?.amount).toBe(73_148);
    expect(line(y, 'us.federalIncomeTax')).toBe(36_734); // ISO spread is not wages
    expect(y.gross).toBe(200_000);
    // without the ISO: TMT 26% × (200,000 − 90,100) = 28,574 < 36,734 → no AMT
    expect(warning(year({ salary: 200_000 }, 'US-TX'), 'AMT_LIKELY')).toBeUndefined();
  });

  it('W18 multi-year WA, single: 62,771.21 in 2026, 80,466.46 in 2027 (2026 rules held)', () => {
    // 2026: wages 230,000, fed TI 213,900 → 41,024 + 32% × 12,125 = 44,904;
    //   FICA 11,439 + 1.45% × 230,000 = 3,335 + 0.9% × 30,000 = 270;
    //   WA Cares 0.58% × 230,000 = 1,334; PFML 1.13% × 0.7143 × 184,500 = 1,489.21
    //   44,904 + 15,044 + 1,334 + 1,489.21 = 62,771.21
    // 2027: wages 280,000, fed TI 263,900 → 58,448 + 35% × 7,675 = 61,134.25;
    //   FICA 11,439 + 4,060 + 720; WA 1,624 + 1,489.21 → 80,466.46
    const [y26, y27] = takeHome(
      [
        { year: 2026, salary: 180_000, signOn: 50_000 },
        { year: 2027, salary: 180_000, nsoSpread: 100_000 },
      ],
      'US-WA',
      'single',
      RULES,
    );
    expect(y26?.totalTax).toBe(62_771.21);
    expect(y27?.totalTax).toBe(80_466.46);
    expect(y27?.rulesYear).toBe(2026);
    expect(y27?.warnings.map((w) => w.code)).toContain('RULES_HELD_FROM_2026');
    expect(y26?.warnings.map((w) => w.code)).not.toContain('RULES_HELD_FROM_2026');
  });

  it('W18 from an offer: salary, sign-on and an NSO exercise plan give the same years', () => {
    // 10,000 public options struck at $10 with the share at $20 (no growth): exercising all of
    // them at the end of employment year 2 adds 10,000 × (20 − 10) = 100,000 of NSO spread to 2027.
    const offer = parseOffer({
      name: 'W18',
      startDate: '2026-01',
      cash: { base: 180_000, signOn: 50_000 },
      equity: { type: 'options', shares: 10_000, sharePrice: 20, strikePrice: 10 },
    });
    const wages = wagesByTaxYear(offer, 2, {
      exercisePlan: [{ year: 2, shares: 10_000, kind: 'nso' }],
    });
    expect(wages.map((w) => w.year)).toEqual([2026, 2027]);
    expect(wages[1]?.nsoSpread).toBeCloseTo(100_000, 9);
    const [y26, y27] = takeHome(wages, 'US-WA', 'single', RULES);
    expect(y26?.totalTax).toBe(62_771.21);
    expect(y27?.totalTax).toBe(80_466.46);
  });
});
