// @vitest-environment node
/** takeHome and marginalRate errors, rule-set choice and edge cases (tax.md §2, §7). */
import {
  defaultTaxRules,
  marginalRate,
  supplementalWithholding,
  takeHome,
  ValidationError,
  withEditedRule,
  type TaxRules,
} from '@/domain';
import { RULES, year } from './helpers';

describe('takeHome errors', () => {
  it('throws for a negative amount, naming the year and field', () => {
    expect(() =>
      takeHome([{ year: 2026, salary: 1, bonus: -5 }], 'US-TX', 'single', RULES),
    ).toThrow(/Invalid tax-year wages: \[0\]\.bonus: must be ≥ 0/);
    expect(() =>
      takeHome([{ year: 2026, salary: 1, bonus: -5 }], 'US-TX', 'single', RULES),
    ).toThrow(ValidationError);
    expect(() =>
      takeHome(
        [
          { year: 2026, salary: 1 },
          { year: 2027, salary: -1 },
        ],
        'US-TX',
        'single',
        RULES,
      ),
    ).toThrow(/\[1\]\.salary: must be ≥ 0/);
  });

  it('throws for spouseWages with single', () => {
    expect(() =>
      takeHome([{ year: 2026, salary: 1, spouseWages: 10 }], 'US-CA', 'single', RULES),
    ).toThrow(/\[0\]\.spouseWages: is only for filing "mfj"/);
  });

  it('throws for a jurisdiction with no rules in the chosen set, listing what is missing', () => {
    const noCa: Record<number, TaxRules> = {
      2026: {
        year: 2026,
        rules: Object.fromEntries(
          Object.entries(RULES[2026]!.rules).filter(([id]) => !id.startsWith('US-CA.')),
        ),
      },
    };
    expect(() => takeHome([{ year: 2026, salary: 1 }], 'US-CA', 'single', noCa)).toThrow(
      /\[2026\]\.rules\["US-CA\.brackets\.single"\]: is missing \(US-CA needs it\)/,
    );
    expect(takeHome([{ year: 2026, salary: 1 }], 'US-TX', 'single', noCa)).toHaveLength(1);
    expect(() => takeHome([{ year: 2026, salary: 1 }], 'US-TX', 'single', {})).toThrow(
      /has no rule set/,
    );
  });

  it('throws for an unknown jurisdiction, filing status, a bad year and a non-list', () => {
    expect(() => takeHome([], 'US-ZZ' as never, 'single', RULES)).toThrow(/must be one of US-TX/);
    expect(() => takeHome([], 'US-TX', 'hoh' as never, RULES)).toThrow(/"single" or "mfj"/);
    expect(() => takeHome([{ year: 2026.5, salary: 1 }], 'US-TX', 'single', RULES)).toThrow(
      /\[0\]\.year/,
    );
    expect(() => takeHome({} as never, 'US-TX', 'single', RULES)).toThrow(/must be a list/);
  });

  it('a null rule throws only where it is needed: the NY supplemental rate in the withholding hint', () => {
    expect(() => year({ salary: 200_000, bonus: 50_000 }, 'US-NY')).not.toThrow();
    expect(() =>
      supplementalWithholding({ year: 2026, salary: 200_000, bonus: 50_000 }, 'US-NY', RULES),
    ).toThrow(/\[2026\]\.rules\["US-NY\.supplementalWithholding"\]\.value: is null \(unverified/);
    const withRate = withEditedRule(defaultTaxRules(), 2026, 'US-NY.supplementalWithholding', 11.7);
    // NYC: (11.7% + 4.25%) × 50,000 = 7,975; federal 22% × 50,000 = 11,000
    const hint = supplementalWithholding(
      { year: 2026, salary: 200_000, bonus: 50_000 },
      'US-NYC',
      withRate,
    );
    expect(hint.federal).toBeCloseTo(11_000, 9);
    expect(hint.state).toBeCloseTo(7_975, 9);
  });

  it('the CA hint: 10.23% on bonus and stock income, 6.6% on relocation; 37% federal over $1M', () => {
    // bonus 100,000 + RSU 1,000,000 → 10.23% × 1,100,000 = 112,530; relocation 10,000 × 6.6% = 660
    // federal: 22% × 1,000,000 + 37% × 110,000 = 220,000 + 40,700 = 260,700
    const hint = supplementalWithholding(
      { year: 2026, salary: 0, bonus: 100_000, rsuVest: 1_000_000, relocation: 10_000 },
      'US-CA',
      RULES,
    );
    expect(hint.state).toBeCloseTo(113_190, 6);
    expect(hint.federal).toBeCloseTo(260_700, 6);
  });

  it('marginalRate rejects a delta that is not positive', () => {
    expect(() => marginalRate({ year: 2026, salary: 1 }, 'US-TX', 'single', RULES, 0)).toThrow(
      /deltaWages/,
    );
  });
});

describe('rule-set choice', () => {
  it('a year after the sets uses the latest, unindexed, and says so', () => {
    const [y] = takeHome([{ year: 2031, salary: 250_000 }], 'US-TX', 'single', RULES);
    expect(y?.rulesYear).toBe(2026);
    expect(y?.totalTax).toBe(66_818); // W5, unindexed
    expect(y?.warnings.find((w) => w.code === 'RULES_HELD_FROM_2026')?.message).toBe(
      'Year 2031 uses the 2026 rules held constant (not indexed for inflation).',
    );
  });

  it('2025 uses its own set: brackets, standard deduction and wage base of 2025', () => {
    // 2025 single 200,000: TI 184,250; 10% × 11,925 + 12% × 36,550 + 22% × 54,875 + 24% × 80,900
    // = 1,192.50 + 4,386 + 12,072.50 + 19,416 = 37,067; SS 6.2% × 176,100 = 10,918.20
    const [y] = takeHome([{ year: 2025, salary: 200_000 }], 'US-TX', 'single', RULES);
    expect(y?.rulesYear).toBe(2025);
    expect(y?.lines[0]?.amount).toBe(37_067);
    expect(y?.lines[1]?.amount).toBe(10_918.2);
  });

  it('a year before every set uses the latest set, flagged', () => {
    const [y] = takeHome([{ year: 2020, salary: 100_000 }], 'US-TX', 'single', RULES);
    expect(y?.rulesYear).toBe(2026);
    expect(y?.warnings.some((w) => w.code === 'RULES_HELD_FROM_2026')).toBe(true);
  });
});

describe('edge cases (§7)', () => {
  it('zero wages: every line 0, effective rate 0', () => {
    for (const j of ['US-TX', 'US-WA', 'US-CA', 'US-NY', 'US-MA', 'GB-ENG'] as const) {
      const y = year({ salary: 0 }, j);
      expect(y.lines.every((l) => l.amount === 0)).toBe(true);
      expect(y.totalTax).toBe(0);
      expect(y.effectiveRatePct).toBe(0);
    }
  });

  it('a NYC resident with zero wages gets the refundable $63: totalTax −63, net > gross', () => {
    const y = year({ salary: 0 }, 'US-NYC');
    expect(y.totalTax).toBe(-63);
    expect(y.net).toBe(63);
  });

  it('clamps taxable income at 0 below the standard deduction', () => {
    const y = year({ salary: 10_000 }, 'US-CA');
    expect(y.lines.find((l) => l.id === 'us.federalIncomeTax')?.amount).toBe(0);
    // CA TI 4,294 × 1% = 42.94 − 153 credit → 0
    expect(y.lines.find((l) => l.id === 'ca.incomeTax')?.amount).toBe(0);
  });

  it('the NYC rate-reduction cliff: worth 1,133.16 at NYC TI 500,000, gone at 500,001', () => {
    // 0.171% × 12,000 + 0.228% × 488,000 = 20.52 + 1,112.64 = 1,133.16
    const at = year({ salary: 508_000 }, 'US-NYC');
    const over = year({ salary: 508_001 }, 'US-NYC');
    expect(at.lines.find((l) => l.id === 'nyc.schoolTaxCredit')?.amount).toBe(-1_133.16);
    expect(over.lines.find((l) => l.id === 'nyc.schoolTaxCredit')?.amount).toBe(0);
  });

  it('CA exemption credit counts each $2,500 or part (ceil)', () => {
    // AGI 252,204 is 1 over 252,203: one step, credit 153 − 6 = 147
    // TI 246,498: 3,201.97 + 9.3% × 173,774 = 19,362.952 → 19,362.95 − 147 = 19,215.95
    expect(
      year({ salary: 252_204 }, 'US-CA').lines.find((l) => l.id === 'ca.incomeTax')?.amount,
    ).toBe(19_215.95);
  });

  it('mfj Additional Medicare: 300k + 0 owes 450 (withheld 900)', () => {
    // 0.9% × (300,000 − 250,000) = 450
    expect(year({ salary: 300_000 }, 'US-TX', 'mfj').lines[3]?.amount).toBe(450);
  });
});
