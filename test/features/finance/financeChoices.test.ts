import fc from 'fast-check';
import {
  ALL_OFFERS,
  financeChoicesFromQuery,
  financeQueryPatch,
} from '@/features/finance/financeChoices';

describe('Finance choices in the query', () => {
  it('reads the offer and the years, falling back to all offers and the horizon', () => {
    expect(financeChoicesFromQuery({ offer: 'o1', years: '6' })).toEqual({ offer: 'o1', years: 6 });
    expect(financeChoicesFromQuery({})).toEqual({ offer: ALL_OFFERS, years: null });
    for (const years of ['0', '11', '2.5', 'x', ''])
      expect(financeChoicesFromQuery({ years }).years).toBeNull();
  });

  it('writes defaults as removals, and round-trips every choice', () => {
    expect(financeQueryPatch({ offer: ALL_OFFERS, years: null })).toEqual({
      offer: null,
      years: null,
    });
    expect(financeQueryPatch({ years: 3 })).toEqual({ years: '3' });
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => s !== ALL_OFFERS),
        fc.integer({ min: 1, max: 10 }),
        (offer, years) => {
          const patch = financeQueryPatch({ offer, years });
          const query = Object.fromEntries(
            Object.entries(patch).filter((e): e is [string, string] => e[1] !== null),
          );
          expect(financeChoicesFromQuery(query)).toEqual({ offer, years });
        },
      ),
    );
  });
});
