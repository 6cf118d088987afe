// @vitest-environment node
/** Every warning code of tax.md §6 (and the two this engine adds), with its condition. */
import {
  parseOffer,
  TAX_WARNING_CODES,
  takeHome,
  wagesByTaxYear,
  type TakeHomeYear,
} from '@/domain';
import { RULES, warning, year } from './helpers';

const codes = (y: TakeHomeYear) => y.warnings.map((w) => w.code);
const seen = new Set<string>();
const expectWarning = (y: TakeHomeYear, code: string) => {
  const w = warning(y, code);
  expect(w, `${code} in ${codes(y).join(', ')}`).toBeDefined();
  expect(w?.message.length).toBeGreaterThan(20);
  seen.add(code);
  return w!;
};

describe('warnings', () => {
  it('SUPPLEMENTAL_UNDERWITHHOLDING: only when the tax on supplemental pay beats the flat 22%', () => {
    expect(
      expectWarning(
        year({ salary: 200_000, rsuVest: 150_000 }, 'US-TX'),
        'SUPPLEMENTAL_UNDERWITHHOLDING',
      ).amount,
    ).toBe(15_900.25);
    // salary 50,000 + bonus 10,000: TI 33,900 → 43,900 stays in the 12% bracket, so the bonus
    // owes 12% × 10,000 = 1,200 < 2,200 withheld at 22% → no warning
    expect(
      warning(year({ salary: 50_000, bonus: 10_000 }, 'US-TX'), 'SUPPLEMENTAL_UNDERWITHHOLDING'),
    ).toBeUndefined();
    expect(
      warning(year({ salary: 400_000 }, 'US-TX'), 'SUPPLEMENTAL_UNDERWITHHOLDING'),
    ).toBeUndefined();
  });

  it('AMT_LIKELY and ISO_NOT_IN_WAGES on an ISO exercise', () => {
    const y = year({ salary: 200_000, isoSpread: 300_000 }, 'US-CA');
    expect(expectWarning(y, 'AMT_LIKELY').message).toContain(
      'ISO exercise may trigger about $73,148 of AMT',
    );
    expect(expectWarning(y, 'ISO_NOT_IN_WAGES').amount).toBe(300_000);
    // a small ISO exercise stays under the AMT: TMT 26% × (210,000 − 90,100) = 31,174 < 36,734
    const small = year({ salary: 200_000, isoSpread: 10_000 }, 'US-TX');
    expect(warning(small, 'AMT_LIKELY')).toBeUndefined();
    expect(warning(small, 'ISO_NOT_IN_WAGES')).toBeDefined();
  });

  it('MAY_ITEMIZE_SALT: only where state tax tops the standard deduction', () => {
    expectWarning(year({ salary: 250_000 }, 'US-CA'), 'MAY_ITEMIZE_SALT');
    expect(warning(year({ salary: 250_000 }, 'US-TX'), 'MAY_ITEMIZE_SALT')).toBeUndefined();
    expect(warning(year({ salary: 60_000 }, 'US-CA'), 'MAY_ITEMIZE_SALT')).toBeUndefined();
    // at 1,000,000 the cap falls to max(10,000, 40,400 − 30% × 495,000) = 10,000 < 16,100
    expect(warning(year({ salary: 1_000_000 }, 'US-CA'), 'MAY_ITEMIZE_SALT')).toBeUndefined();
  });

  it('RULES_HELD_FROM_<Y> and RULE_NOT_OFFICIAL', () => {
    const [y] = takeHome([{ year: 2028, salary: 100_000 }], 'US-CA', 'single', RULES);
    expect(expectWarning(y!, 'RULES_HELD_FROM_2026').message).toContain(
      'Year 2028 uses the 2026 rules',
    );
    const notOfficial = expectWarning(year({ salary: 100_000 }, 'US-CA'), 'RULE_NOT_OFFICIAL');
    expect(notOfficial.message).toContain('California income tax brackets (single) (held)');
    expect(warning(year({ salary: 100_000 }, 'US-TX'), 'RULE_NOT_OFFICIAL')).toBeUndefined();
    expect(
      expectWarning(year({ salary: 2_000_000 }, 'US-MA'), 'RULE_NOT_OFFICIAL').message,
    ).toContain('MA 4% surtax threshold');
  });

  it('PA_TAPER_60PCT between £100,000 and £125,140 only', () => {
    expectWarning(year({ salary: 110_000 }, 'GB-ENG'), 'PA_TAPER_60PCT');
    expect(warning(year({ salary: 100_000 }, 'GB-ENG'), 'PA_TAPER_60PCT')).toBeUndefined();
    expect(warning(year({ salary: 125_140 }, 'GB-ENG'), 'PA_TAPER_60PCT')).toBeUndefined();
  });

  it('UK_TAPER_UNDERCOLLECTED when a bonus takes income over £100,000', () => {
    // 90,000 + 20,000: PA 7,570 instead of 12,570; 40% × 5,000 = 2,000 more than PAYE collects
    const w = expectWarning(
      year({ salary: 90_000, bonus: 20_000 }, 'GB-ENG'),
      'UK_TAPER_UNDERCOLLECTED',
    );
    expect(w.amount).toBe(2_000);
    expect(warning(year({ salary: 110_000 }, 'GB-ENG'), 'UK_TAPER_UNDERCOLLECTED')).toBeUndefined();
  });

  it('UK_RELOCATION_EXEMPTION_NOT_APPLIED on UK relocation', () => {
    expect(
      expectWarning(
        year({ salary: 80_000, relocation: 12_000 }, 'GB-ENG'),
        'UK_RELOCATION_EXEMPTION_NOT_APPLIED',
      ).amount,
    ).toBe(8_000);
    expect(
      warning(
        year({ salary: 80_000, relocation: 12_000 }, 'US-TX'),
        'UK_RELOCATION_EXEMPTION_NOT_APPLIED',
      ),
    ).toBeUndefined();
  });

  it('copies the wage warnings: PRIVATE_RSU_DEFERRED, OPTIONS_UNTAXED_UNTIL_EXERCISE, EQUITY_MULTISTATE, EXERCISE_NO_SPREAD', () => {
    const privateRsu = parseOffer({
      name: 'P',
      cash: { base: 150_000 },
      equity: { type: 'rsu', shares: 1_000, sharePrice: 10, liquidity: 'private' },
    });
    const [p] = takeHome(
      wagesByTaxYear(privateRsu, 1, { movedFrom: 'US-NY' }),
      'US-CA',
      'single',
      RULES,
    );
    expect(expectWarning(p!, 'PRIVATE_RSU_DEFERRED').message).toContain(
      'Taxes on private equity come later',
    );
    expectWarning(p!, 'EQUITY_MULTISTATE');
    const options = parseOffer({
      name: 'O',
      cash: { base: 150_000 },
      equity: { type: 'options', shares: 1_000, sharePrice: 10, strikePrice: 10 },
    });
    const [o] = takeHome(wagesByTaxYear(options, 1), 'US-WA', 'single', RULES);
    expectWarning(o!, 'OPTIONS_UNTAXED_UNTIL_EXERCISE');
    const [e] = takeHome(
      wagesByTaxYear(options, 1, { exercisePlan: [{ year: 1, shares: 1_000, kind: 'nso' }] }),
      'US-WA',
      'single',
      RULES,
    );
    expectWarning(e!, 'EXERCISE_NO_SPREAD');
  });

  it('CAPITAL_GAINS_NOT_MODELED and WA_CAPITAL_GAINS when shares are acquired', () => {
    const wa = year({ salary: 150_000, rsuVest: 50_000 }, 'US-WA');
    expectWarning(wa, 'CAPITAL_GAINS_NOT_MODELED');
    expect(expectWarning(wa, 'WA_CAPITAL_GAINS').message).toContain(
      '7% on long-term capital gains over $278,000 (9.9% on gains over $1,000,000)',
    );
    expect(
      expectWarning(year({ salary: 1, nsoSpread: 5 }, 'US-MA'), 'CAPITAL_GAINS_NOT_MODELED')
        .message,
    ).toContain('4% surtax');
    expect(
      warning(year({ salary: 150_000, rsuVest: 50_000 }, 'US-TX'), 'WA_CAPITAL_GAINS'),
    ).toBeUndefined();
    expect(
      warning(year({ salary: 150_000 }, 'US-WA'), 'CAPITAL_GAINS_NOT_MODELED'),
    ).toBeUndefined();
  });

  it('CREDITS_DEDUCTIONS_IGNORED once, on the first year', () => {
    const rows = takeHome(
      [
        { year: 2026, salary: 1 },
        { year: 2027, salary: 1 },
      ],
      'US-TX',
      'single',
      RULES,
    );
    expectWarning(rows[0]!, 'CREDITS_DEDUCTIONS_IGNORED');
    expect(warning(rows[1]!, 'CREDITS_DEDUCTIONS_IGNORED')).toBeUndefined();
    expect(
      expectWarning(year({ salary: 1 }, 'GB-ENG'), 'CREDITS_DEDUCTIONS_IGNORED').message,
    ).toContain('Pension');
  });

  it('NY_RECAPTURE_NOTCH within $10,000 above a tier start, with the size of the jump', () => {
    // single: TI 220,000 ≥ 215,400; jump 8,000/50,000 × 2,047 = 327.52
    expect(expectWarning(year({ salary: 228_000 }, 'US-NY'), 'NY_RECAPTURE_NOTCH').amount).toBe(
      327.52,
    );
    // mfj: TI 163,950 ≥ 161,550; jump 16,050/50,000 × 807 = 259.05
    expect(
      expectWarning(year({ salary: 180_000 }, 'US-NYC', 'mfj'), 'NY_RECAPTURE_NOTCH').amount,
    ).toBe(259.05);
    expect(warning(year({ salary: 250_000 }, 'US-NY'), 'NY_RECAPTURE_NOTCH')).toBeUndefined();
    expect(warning(year({ salary: 228_000 }, 'US-CA'), 'NY_RECAPTURE_NOTCH')).toBeUndefined();
  });

  it('NYC_SCHOOL_CREDIT_CLIFF within $25,000 of NYC taxable income 500,000', () => {
    expect(
      expectWarning(year({ salary: 500_000 }, 'US-NYC'), 'NYC_SCHOOL_CREDIT_CLIFF').amount,
    ).toBe(1_133.16);
    expect(warning(year({ salary: 500_000 }, 'US-NY'), 'NYC_SCHOOL_CREDIT_CLIFF')).toBeUndefined();
    expect(warning(year({ salary: 400_000 }, 'US-NYC'), 'NYC_SCHOOL_CREDIT_CLIFF')).toBeUndefined();
  });

  it('never changes totalTax, and every code has been raised above', () => {
    const a = year({ salary: 200_000, isoSpread: 300_000 }, 'US-TX');
    const b = year({ salary: 200_000 }, 'US-TX');
    expect(a.totalTax).toBe(b.totalTax);
    for (const code of TAX_WARNING_CODES) expect(seen.has(code), code).toBe(true);
    expect(seen.has('RULES_HELD_FROM_2026')).toBe(true);
  });
});
