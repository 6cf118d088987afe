import { formatMoney, formatNumber } from '@/components/format';
import type { Offer } from '@/domain';

export interface GrantTerm {
  term: string;
  value: string;
}

const FREQUENCY_WORDS = { monthly: 'monthly', quarterly: 'quarterly', annual: 'yearly' } as const;

/**
 * An offer's equity grant as the printed summary lists it: what is granted (shares, price,
 * strike), how it vests (years, frequency, cliff, year weights) and the refreshers. Offer terms
 * only, as entered; nothing is computed here.
 */
export function grantTerms(offer: Offer): GrantTerm[] {
  const e = offer.equity;
  const perShare = (v: number) => formatMoney(v, offer.currency, { cents: !Number.isInteger(v) });
  if (e.type === 'none') {
    return [
      { term: 'Equity', value: 'No initial grant' },
      ...(e.refresh.value > 0 ? [refreshTerm(offer)] : []),
    ];
  }
  const v = e.vesting;
  const terms: GrantTerm[] = [
    {
      term: 'Grant',
      value: `${formatNumber(e.shares, 2)} ${e.type === 'rsu' ? 'RSUs' : 'options'} (${e.liquidity} company)`,
    },
    { term: 'Share price', value: `${perShare(e.sharePrice)} a share` },
  ];
  if (e.type === 'options')
    terms.push({ term: 'Strike', value: `${perShare(e.strikePrice)} a share` });
  terms.push({
    term: 'Vesting',
    value:
      `${v.years} ${v.years === 1 ? 'year' : 'years'}, ${FREQUENCY_WORDS[v.frequency]}` +
      (v.yearWeights
        ? `, ${v.yearWeights.map((w) => `${formatNumber(w, 1)}%`).join(' / ')} by year`
        : ''),
  });
  terms.push({
    term: 'Cliff',
    value:
      v.cliffMonths === 0 ? 'None' : `${v.cliffMonths} ${v.cliffMonths === 1 ? 'month' : 'months'}`,
  });
  terms.push(e.refresh.value > 0 ? refreshTerm(offer) : { term: 'Refreshers', value: 'None' });
  if (e.elapsedMonths > 0)
    terms.push({
      term: 'Already vesting',
      value: `${e.elapsedMonths} months of the grant have passed`,
    });
  return terms;
}

function refreshTerm(offer: Offer): GrantTerm {
  const { refresh } = offer.equity;
  return {
    term: 'Refreshers',
    value: `${formatMoney(refresh.value, offer.currency)} a year from year ${refresh.startYear}`,
  };
}
