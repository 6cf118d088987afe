// @vitest-environment node
/** The quick wages check agrees with the zod schema it stands in for (tax/plainWages.ts). */
import fc from 'fast-check';
import { plainWages } from '@/domain/tax/plainWages';
import { taxYearWagesSchema } from '@/domain/tax/schema';

// Mostly valid values, so that both accepted and refused inputs are common.
const amount = fc.oneof(
  { weight: 40, arbitrary: fc.double({ min: 0, max: 2e12, noNaN: true, noDefaultInfinity: true }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(0, -0, -1, -0.01, NaN, Infinity, -Infinity, 1e300, 1e12, 1e12 + 1),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, null, '100', true, [], {}) },
);
const year = fc.oneof(
  { weight: 20, arbitrary: fc.integer({ min: 1890, max: 2210 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(2026.5, NaN, '2026', undefined, null) },
);
const warnings = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(fc.constantFrom('PRIVATE_RSU_DEFERRED', 'RULES_HELD_FROM_2026')),
  },
  fc.array(
    fc.constantFrom<unknown>(
      'OPTIONS_UNTAXED_UNTIL_EXERCISE',
      'RULES_HELD_FROM_2026',
      'RULES_HELD_FROM_26',
      'NOT_A_CODE',
      7,
      null,
    ),
    { maxLength: 3 },
  ),
  { weight: 4, arbitrary: fc.constant(undefined) },
  fc.constantFrom<unknown>('PRIVATE_RSU_DEFERRED', null, {}),
);
const record = fc.record(
  {
    year,
    salary: amount,
    bonus: amount,
    signOn: amount,
    relocation: amount,
    rsuVest: amount,
    nsoSpread: amount,
    isoSpread: amount,
    spouseWages: amount,
    warnings,
    extra: fc.constant('ignored'),
  },
  { requiredKeys: [] },
);
const input = fc.oneof(
  { weight: 8, arbitrary: record },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, 2026, 'x', [], [{}]) },
);

describe('plainWages', () => {
  it('gives what the schema gives whenever the schema accepts, and nothing when it refuses', () => {
    fc.assert(
      fc.property(input, (x) => {
        const quick = plainWages(x);
        const full = taxYearWagesSchema().safeParse(x);
        if (full.success) expect(quick).toEqual(full.data);
        else expect(quick).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
  });

  it('fills the salary default and copies the warnings list', () => {
    const codes = ['PRIVATE_RSU_DEFERRED' as const];
    const out = plainWages({ year: 2026, warnings: codes });
    expect(out).toEqual({ year: 2026, salary: 0, warnings: codes });
    expect(out?.warnings).not.toBe(codes);
  });
});
