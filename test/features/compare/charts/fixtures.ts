import type { Contribution, Evaluation, YearBreakdown } from '@/domain';
import type { ChartOfferSummary, ChartSummary } from '@/features/compare/charts/chartData';

/** Hand-made chart inputs: two USD offers over a 3-year horizon and one EUR offer the engine could not score. */
/** A year whose total comp is the sum of its parts, as the engine computes it. */
export function year(
  n: number,
  base: number,
  bonus: number,
  signOn: number,
  equity: number,
): YearBreakdown {
  const cash = base + bonus + signOn;
  return {
    year: n,
    base,
    bonus,
    signOn,
    relocation: 0,
    equity,
    equityPaper: equity,
    benefits: 0,
    cash,
    totalComp: cash + equity,
    totalValue: cash + equity,
  };
}

export function contribution(dimension: string, weight: number, points: number): Contribution {
  return { dimension, weight, value: 0, utility: weight > 0 ? points / (100 * weight) : 0, points };
}

export function evaluation(
  score: number,
  contributions: Contribution[],
  failed: string[] = [],
): Evaluation {
  return { score, eligible: failed.length === 0, failed, failedConstraints: [], contributions };
}

export const acme: ChartOfferSummary = {
  offer: {
    id: 'acme',
    name: 'Acme',
    currency: 'USD',
    ratings: { scope: 7, data: 9, roadmap: 4, commitment: 8, mentorship: 6 },
  },
  index: 0,
  years: [
    year(1, 100_000, 10_000, 20_000, 30_000), // 160,000
    year(2, 103_000, 10_300, 5_000, 40_000), // 158,300
    year(3, 106_090, 10_609, 0, 50_000), // 166,699
    year(4, 109_273, 10_927, 0, 60_000), // beyond the 3-year horizon: ignored
  ],
  // 30 + 12.5 + 20 + 0 = 62.5
  evaluation: evaluation(62.5, [
    contribution('cash', 0.5, 30),
    contribution('equity', 0.25, 12.5),
    contribution('scope', 0.25, 20),
    contribution('data', 0, 0),
  ]),
  error: null,
};

export const beta: ChartOfferSummary = {
  offer: { id: 'beta', name: 'Beta', currency: 'USD', ratings: { scope: 5, data: 3 } },
  index: 1,
  // listed out of order: the charts order by year
  years: [year(2, 150_000, 0, 0, 0), year(1, 150_000, 0, 0, 0), year(3, 150_000, 0, 0, 0)],
  // 40 + 10 + 20 = 70, but misses the data must-have
  evaluation: evaluation(
    70,
    [
      contribution('cash', 0.5, 40),
      contribution('equity', 0.25, 10),
      contribution('scope', 0.25, 20),
      contribution('data', 0, 0),
    ],
    ['data'],
  ),
  error: null,
};

export const euro: ChartOfferSummary = {
  offer: { id: 'euro', name: 'Euro GmbH', currency: 'EUR', ratings: {} },
  index: 2,
  years: [],
  evaluation: null,
  error: 'No exchange rate for EUR',
};

export const summary: ChartSummary = {
  horizonYears: 3,
  offers: [acme, beta, euro],
  ranking: [acme, beta, euro], // eligible first: Acme (62.5), then ineligible Beta (70), then the error
};

export const dimensions = [
  { id: 'cash', label: 'Cash' },
  { id: 'equity', label: 'Equity' },
  { id: 'scope', label: 'Technical scope' },
  { id: 'data', label: 'Data access' },
  { id: 'roadmap', label: 'Roadmap influence' },
  { id: 'commitment', label: 'AI commitment' },
  { id: 'mentorship', label: 'Mentorship' },
];
