/**
 * The After tax chart's data: per tax year, each offer's take-home and tax in the profile's
 * currency (summary.fxRates; an offer without a rate is left out and named, never 1:1).
 */
import type { WorkspaceSummary } from '@/domain';
import type { WorkspaceTakeHome } from './model';

export interface AfterTaxBar {
  offerId: string;
  name: string;
  index: number;
  net: number;
  tax: number;
}

export interface AfterTaxChartData {
  currency: string;
  years: { year: number; bars: AfterTaxBar[] }[];
  /** The largest wages (net + tax) of any bar: the common scale. */
  max: number;
  /** Offers that cannot be shown, with why. */
  missing: { name: string; why: string }[];
}

export function afterTaxChartData(
  result: WorkspaceTakeHome,
  summary: WorkspaceSummary,
): AfterTaxChartData {
  const currency = summary.profile.currency;
  const byYear = new Map<number, AfterTaxBar[]>();
  const missing: AfterTaxChartData['missing'] = [];
  let max = 0;
  result.offers.forEach((o, i) => {
    const s = summary.offers[i]!;
    if (o.status !== 'ok') {
      missing.push({
        name: s.offer.name,
        why: o.status === 'none' ? 'no tax location' : o.message,
      });
      return;
    }
    const rate = o.currency === currency ? 1 : summary.fxRates[o.currency];
    if (rate === undefined) {
      missing.push({
        name: s.offer.name,
        why: `no exchange rate from ${o.currency} to ${currency}`,
      });
      return;
    }
    for (const f of o.figures) {
      const bar = {
        offerId: o.offerId,
        name: s.offer.name,
        index: s.index,
        net: f.net * rate,
        tax: f.tax * rate,
      };
      max = Math.max(max, bar.net + Math.max(0, bar.tax));
      const list = byYear.get(f.year) ?? [];
      list.push(bar);
      byYear.set(f.year, list);
    }
  });
  const years = [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, bars]) => ({ year, bars }));
  return { currency, years, max, missing };
}
