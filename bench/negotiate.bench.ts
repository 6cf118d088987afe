/**
 * `npm run bench -- negotiate`: median and p95 time of the negotiation optimizer (issue 11) on
 * decide.md §1.9's cast: cheapestWinningPackage with one profile and five levers (goal ≤ 1 ms),
 * the robust path with three profiles and a ±0.05 weight box (≤ 20 ms), and costScoreFrontier
 * (≤ 5 ms). Exits non-zero when a median exceeds its goal × BENCH_MAX_MS slack (default 2).
 */
import { performance } from 'node:perf_hooks';
import {
  cheapestWinningPackage,
  costScoreFrontier,
  parseFinance,
  parseOffer,
  parseProfile,
  type Lever,
} from '../src/domain';

const slack = Number(process.env.BENCH_MAX_MS ?? 2);
const finance = parseFinance({});
const rsu = (shares: number, liquidity: 'public' | 'private', risk = {}) => ({
  type: 'rsu' as const,
  shares,
  sharePrice: 200,
  liquidity,
  ...risk,
});
const ours = parseOffer({
  name: 'Northwind ML Platform',
  cash: { base: 230_000, bonusTargetPct: 15, signOn: 20_000 },
  equity: rsu(1_500, 'public'),
  ratings: { scope: 7, data: 8, roadmap: 6, commitment: 7 },
});
const rival = parseOffer({
  name: 'Applied-AI startup',
  cash: { base: 300_000 },
  equity: rsu(2_000, 'private', { successPct: 60, dilutionPct: 10 }),
  ratings: { scope: 8, data: 7, roadmap: 8, commitment: 8 },
});
const profile = (name: string, w: number[], cash: [number, number], equityTarget: number) =>
  parseProfile({
    name,
    weights: {
      cash: w[0],
      equity: w[1],
      scope: w[2],
      data: w[3],
      roadmap: w[4],
      commitment: w[5],
    },
    money: {
      cash: { floor: cash[0], target: cash[1] },
      equity: { floor: 0, target: equityTarget },
    },
  });
const production = profile(
  'production-track',
  [30, 20, 15, 10, 15, 10],
  [200_000, 400_000],
  200_000,
);
const research = profile('research-track', [15, 15, 20, 25, 5, 20], [180_000, 350_000], 250_000);
const balanced = profile('balanced', [20, 20, 15, 15, 15, 15], [190_000, 380_000], 220_000);
const levers: Lever[] = [
  { kind: 'signOn', max: 100_000 },
  { kind: 'base', max: 260_000 },
  { kind: 'rsuGrant', max: 400_000 },
  { kind: 'rating', dimension: 'roadmap', max: 9, costPerPointPerYear: 10_000 },
  { kind: 'rating', dimension: 'data', max: 10, costPerPointPerYear: 10_000 },
];

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
};

let failed = false;
function measure(label: string, goalMs: number, runs: number, fn: () => unknown) {
  for (let i = 0; i < Math.min(200, runs); i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  const median = percentile(times, 0.5);
  const p95 = percentile(times, 0.95);
  console.log(
    `negotiate: ${label}: median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms over ${runs} runs (goal ≤ ${goalMs} ms)`,
  );
  if (median > goalMs * slack) {
    console.error(
      `negotiate: ${label} median ${median.toFixed(3)} ms is over ${goalMs * slack} ms`,
    );
    failed = true;
  }
}

const base = { offer: ours, rival, profile: production, finance, levers };
measure('cheapestWinningPackage, one profile, five levers', 1, 500, () =>
  cheapestWinningPackage(base),
);
measure('robust: three profiles and a ±0.05 weight box', 20, 100, () =>
  cheapestWinningPackage({
    ...base,
    robust: { profiles: [research, balanced], weightBox: { delta: 0.05 } },
  }),
);
measure('costScoreFrontier, five levers', 5, 500, () =>
  costScoreFrontier({ offer: ours, profile: production, finance, levers }),
);
if (failed) process.exit(1);
