// @vitest-environment node
/** The bundled rule sets and parseTaxRules (tax.md §2, §4). */
import { defaultTaxRules, parseTaxRules, ValidationError, type TaxRules } from '@/domain';

const sets = defaultTaxRules();
const set26 = sets[2026] as TaxRules;
const set25 = sets[2025] as TaxRules;
const value = (set: TaxRules, id: string) => set.rules[id]?.value;

describe('defaultTaxRules', () => {
  it('bundles 2025 and 2026, each valid by parseTaxRules and labeled with year and source', () => {
    expect(Object.keys(sets)).toEqual(['2025', '2026']);
    for (const set of [set25, set26]) {
      expect(parseTaxRules(set)).toEqual(set);
      for (const rule of Object.values(set.rules)) {
        expect(rule.taxYear).toBe(set.year);
        expect(rule.source.url).toMatch(/^https:\/\//);
        expect(rule.source.title.length).toBeGreaterThan(5);
      }
    }
  });

  it('returns fresh sets: changing one leaves the next call untouched', () => {
    const a = defaultTaxRules();
    (a[2026] as TaxRules).rules['US-CA.sdi']!.value = 99;
    expect(value(defaultTaxRules()[2026] as TaxRules, 'US-CA.sdi')).toBe(1.3);
  });

  it('labels the 2026 statuses of §4: CA brackets and MA surtax held, NY supplemental unverified', () => {
    expect(set26.rules['US-CA.brackets.single']?.status).toBe('held');
    expect(set26.rules['US-MA.surtax.threshold']?.status).toBe('held');
    expect(set26.rules['US-NY.supplementalWithholding']).toMatchObject({
      status: 'unverified',
      value: null,
    });
    expect(set26.rules['US.brackets.single']?.status).toBe('official');
    expect(value(set26, 'US.ss.wageBase')).toBe(184_500);
    expect(value(set26, 'US.standardDeduction.mfj')).toBe(32_200);
  });

  it('2025: the figures §2 lists, official; every other rule its 2026 value, held, "2026 value"', () => {
    expect(value(set25, 'US.standardDeduction.single')).toBe(15_750);
    expect(value(set25, 'US.standardDeduction.mfj')).toBe(31_500);
    expect(value(set25, 'US.ss.wageBase')).toBe(176_100);
    expect(value(set25, 'US-NY.pfl.rate')).toBe(0.388);
    expect(value(set25, 'US-NY.pfl.max')).toBe(354.53);
    expect(value(set25, 'US-MA.surtax.threshold')).toBe(1_083_150);
    expect((value(set25, 'US.brackets.single') as { from: number }[]).map((b) => b.from)).toEqual([
      0, 11_925, 48_475, 103_350, 197_300, 250_525, 626_350,
    ]);
    expect((value(set25, 'US.brackets.mfj') as { from: number }[]).map((b) => b.from)).toEqual([
      0, 23_850, 96_950, 206_700, 394_600, 501_050, 751_600,
    ]);
    expect(
      (value(set25, 'US-NY.brackets.single') as { ratePct: number }[]).map((b) => b.ratePct),
    ).toEqual([4, 4.5, 5.25, 5.5, 6, 6.85, 9.65, 10.3, 10.9]);
    expect(value(set25, 'US-NY.recapture.single')).toEqual([
      { from: 0, base: 0, increment: 568 },
      { from: 215_400, base: 568, increment: 1_831 },
      { from: 1_077_550, base: 2_399, increment: 30_172 },
      { from: 5_000_000, base: 32_571, increment: 32_500 },
    ]);
    expect(set25.rules['US-CA.brackets.single']?.status).toBe('official');
    expect(set25.rules['US-CA.sdi']).toMatchObject({
      status: 'held',
      note: '2026 value',
      value: 1.3,
    });
    expect(set25.rules['US.amt.exemption.single']).toMatchObject({ status: 'held', value: 90_100 });
    expect(Object.keys(set25.rules)).toEqual(Object.keys(set26.rules));
    const listed = new Set([
      'US.brackets.single',
      'US.brackets.mfj',
      'US.standardDeduction.single',
      'US.standardDeduction.mfj',
      'US.ss.wageBase',
      'US-CA.brackets.single',
      'US-CA.brackets.mfj',
      'US-NY.brackets.single',
      'US-NY.brackets.mfj',
      'US-NY.recapture.single',
      'US-NY.recapture.mfj',
      'US-MA.surtax.threshold',
      'US-NY.pfl.rate',
      'US-NY.pfl.max',
    ]);
    for (const rule of Object.values(set25.rules)) {
      if (listed.has(rule.id)) expect(rule.status, rule.id).toBe('official');
      else {
        expect(rule, rule.id).toMatchObject({ status: 'held', note: '2026 value', taxYear: 2025 });
        expect(rule.value, rule.id).toEqual(set26.rules[rule.id]?.value);
      }
    }
  });
});

describe('parseTaxRules error paths', () => {
  const good = () => structuredClone(set26);
  const message = (input: unknown) => {
    try {
      parseTaxRules(input);
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      return (e as Error).message;
    }
    throw new Error('expected a ValidationError');
  };

  it('names a negative amount, a rate over 100 and a missing value', () => {
    const bad = good();
    bad.rules['US.ss.wageBase']!.value = -1;
    bad.rules['US-CA.sdi']!.value = 130;
    delete (bad.rules['US.medicare.rate'] as { value?: unknown }).value;
    const m = message(bad);
    expect(m).toContain('rules.US.ss.wageBase.value: must be an amount ≥ 0 in USD');
    expect(m).toContain('rules.US-CA.sdi.value: must be a percentage from 0 to 100');
    expect(m).toContain('rules.US.medicare.rate.value');
  });

  it('rejects brackets out of order, not from 0, or with a bad rate', () => {
    const bad = good();
    bad.rules['US.brackets.single']!.value = [
      { from: 0, ratePct: 10 },
      { from: 50_000, ratePct: 12 },
      { from: 40_000, ratePct: 22 },
    ];
    bad.rules['US.brackets.mfj']!.value = [{ from: 5, ratePct: 10 }];
    bad.rules['GB-ENG.brackets']!.value = [{ from: 0, ratePct: 'twenty' }];
    const m = message(bad);
    expect(m).toContain("[2].from must be above the previous bracket's");
    expect(m).toContain('[0].from must be 0');
    expect(m).toContain('[0].ratePct must be a percentage');
  });

  it('rejects an unknown status or unit, a bad source address and a fractional year', () => {
    const bad = good() as unknown as {
      year: unknown;
      rules: Record<string, Record<string, unknown>>;
    };
    bad.rules['US-CA.sdi']!.status = 'guessed';
    bad.rules['US-MA.rate']!.unit = 'EUR';
    (bad.rules['US-NY.dbl.max']!.source as Record<string, unknown>).url = 'ftp://x';
    bad.year = 2026.5;
    const m = message(bad);
    expect(m).toContain('rules.US-CA.sdi.status: must be one of official, held, unverified, user');
    expect(m).toContain('rules.US-MA.rate.unit: must be one of USD, GBP, pct, brackets, object');
    expect(m).toContain('rules.US-NY.dbl.max.source.url: must be an https:// address');
    expect(m).toContain('year: must be a whole number of years');
  });

  it('rejects a rule whose id differs from its key, or an id of the wrong shape', () => {
    const bad = good();
    bad.rules['US-WA.waCares']!.id = 'US-WA.other';
    expect(message(bad)).toContain('rules.US-WA.waCares.id: must equal its key "US-WA.waCares"');
    const worse = good();
    worse.rules['US-WA.waCares']!.id = 'wa cares';
    expect(message(worse)).toContain('rules.US-WA.waCares.id: must look like');
  });

  it('rejects input that is not a rule set at all', () => {
    expect(message(null)).toContain('Invalid tax rules');
    expect(message({ year: 2026 })).toContain('rules');
  });

  it('accepts null for an unknown amount or rate', () => {
    const set = good();
    set.rules['US-CA.sdi']!.value = null;
    expect(parseTaxRules(set).rules['US-CA.sdi']?.value).toBeNull();
  });
});
