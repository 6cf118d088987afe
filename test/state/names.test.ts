import fc from 'fast-check';
import { copyName } from '@/state/names';

describe('copyName', () => {
  it('numbers copies instead of repeating the suffix', () => {
    expect(copyName('Acme', 'scenario', ['Acme'])).toBe('Acme — scenario');
    expect(copyName('Acme — scenario', 'scenario', ['Acme', 'Acme — scenario'])).toBe(
      'Acme — scenario 2',
    );
    expect(
      copyName('Acme — scenario 2', 'scenario', ['Acme', 'Acme — scenario', 'Acme — scenario 2']),
    ).toBe('Acme — scenario 3');
    // A copy of the original when copies exist takes the next free number.
    expect(copyName('Acme', 'scenario', ['Acme', 'Acme — scenario'])).toBe('Acme — scenario 2');
  });

  it('reuses a free number and leaves other dashes in the name alone', () => {
    expect(copyName('Lab — RS', 'scenario', ['Lab — RS', 'Lab — RS — scenario 2'])).toBe(
      'Lab — RS — scenario',
    );
  });

  it('is always new, at most 80 characters, and ends with the suffix', () => {
    const name = fc
      .string({ minLength: 1, maxLength: 80 })
      .filter((s) => s.trim() === s && s !== '');
    fc.assert(
      fc.property(name, fc.array(name, { maxLength: 8 }), (source, others) => {
        const taken = [source, ...others];
        const copy = copyName(source, 'scenario', taken);
        expect(taken).not.toContain(copy);
        expect(copy.length).toBeLessThanOrEqual(80);
        expect(copy).toMatch(/ — scenario( \d+)?$/);
        expect(copy).not.toMatch(/— scenario — scenario/);
      }),
    );
  });
});
