import { describe, expect, it } from 'vitest';
import { parseOffer } from '@/domain';
import { sampleWorkspace } from '@/state/workspaceStore';
import { grantTerms } from '@/features/finance/grantTerms';

const byId = (id: string) => sampleWorkspace().offers.find((o) => o.id === id)!;
const asMap = (terms: ReturnType<typeof grantTerms>) =>
  Object.fromEntries(terms.map((t) => [t.term, t.value]));

describe('grantTerms', () => {
  it('lists an RSU grant: shares, price, vesting, cliff and refreshers', () => {
    expect(asMap(grantTerms(byId('offer-platform')))).toEqual({
      Grant: '1,800 RSUs (public company)',
      'Share price': '$250 a share',
      Vesting: '4 years, quarterly, 5% / 15% / 40% / 40% by year',
      Cliff: 'None',
      Refreshers: '$120,000 a year from year 2',
    });
  });

  it('adds the strike for options, with cents where a price has them', () => {
    const startup = byId('offer-startup');
    const terms = asMap(
      grantTerms({ ...startup, equity: { ...startup.equity, strikePrice: 3.25 } }),
    );
    expect(terms.Grant).toBe('60,000 options (private company)');
    expect(terms.Strike).toBe('$3.25 a share');
    expect(terms.Cliff).toBe('12 months');
  });

  it('says when there is no grant, and still names refreshers', () => {
    const none = parseOffer({ name: 'Cash only', cash: { base: 100_000 } });
    expect(grantTerms(none)).toEqual([{ term: 'Equity', value: 'No initial grant' }]);
    const refreshed = parseOffer({
      name: 'Later grants',
      cash: { base: 100_000 },
      equity: { refresh: { value: 10_000, startYear: 2 } },
    });
    expect(asMap(grantTerms(refreshed)).Refreshers).toBe('$10,000 a year from year 2');
  });
});
