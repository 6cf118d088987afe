// @vitest-environment node
/** Editing a rule and restoring its published value (tax.md §2, §10). */
import {
  defaultTaxRules,
  takeHome,
  ValidationError,
  withEditedRule,
  withRestoredRule,
  type TaxRules,
} from '@/domain';

const years = [
  { year: 2025, salary: 250_000 },
  { year: 2026, salary: 250_000 },
  { year: 2027, salary: 250_000 },
];
const sdi = (rules: Record<number, TaxRules>) =>
  takeHome(years, 'US-CA', 'single', rules).map(
    (y) => y.lines.find((l) => l.id === 'ca.sdi')?.amount,
  );

describe('withEditedRule / withRestoredRule', () => {
  it('an edit makes the rule "user" and changes only the years that use its set', () => {
    const published = defaultTaxRules();
    // Edit the rule as used by tax year 2027, which has no set of its own: the 2026 set changes.
    const edited = withEditedRule(published, 2027, 'US-CA.sdi', 1.1);
    const rule = edited[2026]?.rules['US-CA.sdi'];
    expect(rule).toMatchObject({
      value: 1.1,
      status: 'user',
      published: { value: 1.3, status: 'official' },
    });
    // 2025 keeps its own (held) 1.3%; 2026 and 2027 use 1.1% × 250,000 = 2,750
    expect(sdi(published)).toEqual([3_250, 3_250, 3_250]);
    expect(sdi(edited)).toEqual([3_250, 2_750, 2_750]);
    expect(edited[2025]).toBe(published[2025]); // untouched set shared, not copied
    expect(published[2026]?.rules['US-CA.sdi']?.value).toBe(1.3); // input not mutated
    const [, y26] = takeHome(years, 'US-CA', 'single', edited);
    expect(y26?.warnings.find((w) => w.code === 'RULE_NOT_OFFICIAL')?.message).toContain(
      'California SDI (DI + PFL), all wages, no cap (user)',
    );
  });

  it('editing the 2025 set leaves 2026 and 2027 alone', () => {
    const edited = withEditedRule(defaultTaxRules(), 2025, 'US-CA.sdi', 1.2);
    expect(sdi(edited)).toEqual([3_000, 3_250, 3_250]);
  });

  it('restoring brings back the published value and status, and results equal the original', () => {
    const published = defaultTaxRules();
    const twice = withEditedRule(
      withEditedRule(published, 2026, 'US-CA.sdi', 1.1),
      2026,
      'US-CA.sdi',
      1.0,
    );
    expect(twice[2026]?.rules['US-CA.sdi']?.published?.value).toBe(1.3); // the first published value
    const restored = withRestoredRule(twice, 2026, 'US-CA.sdi');
    expect(restored[2026]?.rules['US-CA.sdi']).toEqual(published[2026]?.rules['US-CA.sdi']);
    expect(takeHome(years, 'US-CA', 'single', restored)).toEqual(
      takeHome(years, 'US-CA', 'single', published),
    );
  });

  it('restores a held rule with its note, and a "user" rule with no kept value from the bundle', () => {
    const published = defaultTaxRules();
    const edited = withEditedRule(published, 2026, 'US-CA.brackets.single', [
      { from: 0, ratePct: 5 },
    ]);
    expect(
      withRestoredRule(edited, 2026, 'US-CA.brackets.single')[2026]?.rules['US-CA.brackets.single'],
    ).toEqual(published[2026]?.rules['US-CA.brackets.single']);
    const bare = structuredClone(edited);
    delete bare[2026]!.rules['US-CA.brackets.single']!.published;
    expect(
      withRestoredRule(bare, 2026, 'US-CA.brackets.single')[2026]?.rules['US-CA.brackets.single'],
    ).toEqual(published[2026]?.rules['US-CA.brackets.single']);
    expect(withRestoredRule(published, 2026, 'US-CA.sdi')).toBe(published); // nothing to restore
  });

  it('rejects a value that does not fit the unit, and an unknown rule', () => {
    const rules = defaultTaxRules();
    expect(() => withEditedRule(rules, 2026, 'US-CA.sdi', 150)).toThrow(
      /\[2026\]\.rules\["US-CA\.sdi"\]\.value: must be a percentage/,
    );
    expect(() =>
      withEditedRule(rules, 2026, 'US.brackets.single', [{ from: 10, ratePct: 5 }]),
    ).toThrow(ValidationError);
    expect(() => withEditedRule(rules, 2026, 'US-XX.nothing', 1)).toThrow(
      /is not a rule of this set/,
    );
  });

  it('a null edit is allowed and then fails readably where the computation needs it', () => {
    const rules = withEditedRule(defaultTaxRules(), 2026, 'US-CA.sdi', null);
    expect(() => takeHome(years.slice(1), 'US-CA', 'single', rules)).toThrow(
      /\[2026\]\.rules\["US-CA\.sdi"\]\.value: is null \(user: not known yet\)/,
    );
  });
});
