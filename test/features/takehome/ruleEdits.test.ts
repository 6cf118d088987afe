import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  bracketsText,
  parseBracketsText,
  publishedRules,
  withOverride,
  withoutOverride,
} from '@/features/takehome/model';

describe('tax rule edits', () => {
  const rules = publishedRules();

  test('a value that fits is kept as an edit; the published value removes the edit', () => {
    const edited = withOverride([], rules, 2026, 'US-CA.sdi', 1.5);
    expect(edited).toEqual({ ok: true, overrides: [{ id: '2026:US-CA.sdi', value: 1.5 }] });
    const back = withOverride(edited.ok ? edited.overrides : [], rules, 2026, 'US-CA.sdi', 1.3);
    expect(back).toEqual({ ok: true, overrides: [] });
    expect(withoutOverride([{ id: '2026:US-CA.sdi', value: 1.5 }], 2026, 'US-CA.sdi')).toEqual([]);
  });

  test('a value that does not fit the rule is refused with the engine’s reason', () => {
    const refused = withOverride([], rules, 2026, 'US-CA.sdi', 140);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toMatch(/percentage from 0 to 100/);
    const brackets = withOverride([], rules, 2026, 'US.brackets.single', [
      { from: 5, ratePct: 10 },
    ]);
    expect(!brackets.ok && brackets.error).toMatch(/must be 0/);
  });

  test('brackets read back from their text (property)', () => {
    const schedule = fc
      .uniqueArray(fc.integer({ min: 1, max: 5_000_000 }), { maxLength: 8 })
      .chain((froms) =>
        fc.tuple(
          fc.constant([0, ...froms.sort((a, b) => a - b)]),
          fc.array(fc.integer({ min: 0, max: 1000 }), {
            minLength: froms.length + 1,
            maxLength: froms.length + 1,
          }),
        ),
      )
      .map(([froms, rates]) => froms.map((from, i) => ({ from, ratePct: rates[i]! / 10 })));
    fc.assert(
      fc.property(schedule, (b) => {
        expect(parseBracketsText(bracketsText(b))).toEqual(b);
      }),
    );
  });

  test('text that is not brackets says which part does not read', () => {
    expect(parseBracketsText('0: 10%; twelve: 12%')).toMatch(/“twelve: 12%” does not read/);
    expect(parseBracketsText('  ')).toMatch(/from: rate%/);
  });
});
