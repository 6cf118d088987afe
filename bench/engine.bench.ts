/**
 * `npm run bench`: median and p95 time to recompute a whole workspace (10 offers, 10-year
 * horizon): year breakdowns, evaluations, employer costs and flip points for every pair.
 * Exits non-zero when the median exceeds 1 ms × BENCH_MAX_MS slack (default 2).
 */
import { performance } from 'node:perf_hooks';
import {
  WORKSPACE_VERSION,
  parseWorkspace,
  summarizeWorkspace,
  type OfferInput,
  type WorkspaceInput,
} from '../src/domain';

const OFFERS = 10;
const HORIZON = 10;
const WARMUP = 200;
const RUNS = 500;
const GOAL_MS = 1;

function benchWorkspace(): WorkspaceInput {
  const equityVariants: OfferInput['equity'][] = [
    {
      type: 'rsu',
      shares: 4_000,
      sharePrice: 150,
      growthPct: 8,
      refresh: { value: 80_000, startYear: 2 },
    },
    {
      type: 'options',
      shares: 60_000,
      sharePrice: 12,
      strikePrice: 4,
      growthPct: 25,
      liquidity: 'private',
      successPct: 35,
      dilutionPct: 30,
      fullyDilutedShares: 90_000_000,
    },
    {
      type: 'rsu',
      shares: 1_200,
      sharePrice: 400,
      growthPct: 5,
      vesting: { frequency: 'quarterly', yearWeights: [5, 15, 40, 40] },
    },
    { type: 'none' },
    {
      type: 'options',
      shares: 20_000,
      sharePrice: 30,
      strikePrice: 35,
      growthPct: 15,
      refresh: { value: 50_000, startYear: 3 },
      vesting: { frequency: 'annual', cliffMonths: 12 },
    },
    {
      type: 'rsu',
      shares: 10_000,
      sharePrice: 60,
      liquidity: 'private',
      successPct: 50,
      dilutionPct: 20,
      vesting: { years: 5, cliffMonths: 6 },
      refresh: { value: 40_000, startYear: 2 },
    },
  ];
  const offers = Array.from({ length: OFFERS }, (_, i) => ({
    id: `offer-${i}`,
    name: `Offer ${i + 1}`,
    currency: i % 4 === 3 ? 'EUR' : 'USD',
    cash: {
      base: 180_000 + 15_000 * i,
      raisePct: 3,
      bonusTargetPct: 10 + i,
      signOn: 20_000 * (i % 3),
      signOnYear2: 10_000 * (i % 2),
      relocation: 5_000,
    },
    equity: equityVariants[i % equityVariants.length],
    benefits: { value: 15_000, employerCost: 22_000 },
    ratings: {
      scope: i % 11,
      data: (3 * i) % 11,
      roadmap: (7 * i) % 11,
      commitment: 10 - (i % 11),
      mentorship: 6,
    },
    band: { min: 170_000, mid: 220_000, max: 270_000 },
  }));
  return {
    schemaVersion: WORKSPACE_VERSION,
    offers,
    profiles: [
      {
        id: 'p1',
        name: 'Research track',
        horizonYears: HORIZON,
        weights: {
          cash: 3,
          equity: 2,
          scope: 2,
          data: 3,
          roadmap: 1,
          commitment: 2,
          mentorship: 1,
        },
        money: { cash: { floor: 150_000, target: 450_000 }, equity: { floor: 0, target: 400_000 } },
        constraints: [
          { dimension: 'base', min: 190_000 },
          { dimension: 'data', min: 4 },
        ],
      },
    ],
    activeProfileId: 'p1',
    baselineOfferId: 'offer-0',
    fxRates: { EUR: 1.08 },
    dimensions: [{ id: 'mentorship', label: 'Mentorship' }],
  };
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

const workspace = parseWorkspace(benchWorkspace());
let sink = 0;
const recompute = () => {
  const summary = summarizeWorkspace(workspace, { includeFlipPoints: true });
  sink += summary.ranking.length + Object.keys(summary.flipPoints ?? {}).length;
};
for (let i = 0; i < WARMUP; i++) recompute();
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  recompute();
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = percentile(times, 0.5);
const p95 = percentile(times, 0.95);
const slack = Number(process.env.BENCH_MAX_MS ?? 2);
const limit = GOAL_MS * (Number.isFinite(slack) && slack > 0 ? slack : 2);
if (sink === 0) throw new Error('the benchmark computed nothing');
console.log(
  `engine: median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms over ${RUNS} runs (${OFFERS} offers × ${HORIZON} years, flip points for every pair)`,
);
if (median > limit) {
  console.error(
    `engine: median ${median.toFixed(3)} ms is over the ${limit} ms limit (goal ${GOAL_MS} ms × slack ${limit / GOAL_MS})`,
  );
  process.exit(1);
}
