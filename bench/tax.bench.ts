/**
 * `npm run bench -- tax`: median time of take-home for 10 offers over 10 years (wagesByTaxYear +
 * takeHome, every line with its formula, marginal rates and warnings), across the seven places.
 * Exits non-zero when the median exceeds the 1 ms goal × BENCH_MAX_MS slack (default 2).
 */
import { performance } from 'node:perf_hooks';
import {
  defaultTaxRules,
  parseOffer,
  takeHome,
  wagesByTaxYear,
  type ExercisePlanEntry,
  type FilingStatus,
  type JurisdictionId,
  type OfferInput,
} from '../src/domain';

const OFFERS = 10;
const YEARS = 10;
const WARMUP = 200;
const RUNS = 500;
const GOAL_MS = 1;

const places: JurisdictionId[] = ['US-CA', 'US-WA', 'US-NYC', 'US-TX', 'US-MA', 'GB-ENG', 'US-NY'];
const equity: OfferInput['equity'][] = [
  { type: 'rsu', shares: 4_000, sharePrice: 150, growthPct: 8, refresh: { value: 80_000 } },
  {
    type: 'options',
    shares: 60_000,
    sharePrice: 12,
    fmvPrice: 4,
    strikePrice: 2,
    growthPct: 25,
    liquidity: 'private',
  },
  {
    type: 'rsu',
    shares: 1_200,
    sharePrice: 400,
    vesting: { frequency: 'quarterly', yearWeights: [5, 15, 40, 40] },
  },
  { type: 'none' },
  { type: 'rsu', shares: 10_000, sharePrice: 60, liquidity: 'private' },
];
const plan: ExercisePlanEntry[] = [
  { year: 2, shares: 10_000, kind: 'nso' },
  { year: 4, shares: 20_000, kind: 'iso' },
];
const cases = Array.from({ length: OFFERS }, (_, i) => {
  const jurisdiction = places[i % places.length] as JurisdictionId;
  const offer = parseOffer({
    name: `Offer ${i + 1}`,
    startDate: `2026-${String((i % 12) + 1).padStart(2, '0')}`,
    cash: {
      base: 180_000 + 25_000 * i,
      raisePct: 3,
      bonusTargetPct: 10 + i,
      signOn: 20_000 * (i % 3),
      relocation: 5_000,
    },
    equity: equity[i % equity.length],
  });
  const filing: FilingStatus = i % 3 === 0 ? 'mfj' : 'single';
  const options = {
    jurisdiction,
    ...(offer.equity.type === 'options' ? { exercisePlan: plan } : {}),
  };
  return { offer, jurisdiction, filing, options };
});
const rules = defaultTaxRules();

let sink = 0;
const run = () => {
  for (const c of cases) {
    const wages = wagesByTaxYear(c.offer, YEARS, c.options).map((w) =>
      c.filing === 'mfj' && c.jurisdiction !== 'GB-ENG' ? { ...w, spouseWages: 90_000 } : w,
    );
    for (const y of takeHome(wages, c.jurisdiction, c.filing, rules)) sink += y.net;
  }
};
for (let i = 0; i < WARMUP; i++) run();
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  run();
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? NaN;
const median = at(0.5);
const slack = Number(process.env.BENCH_MAX_MS ?? 2);
const limit = GOAL_MS * (Number.isFinite(slack) && slack > 0 ? slack : 2);
if (!Number.isFinite(sink) || sink === 0) throw new Error('the benchmark computed nothing');
console.log(
  `tax: take-home ${OFFERS} offers × ${YEARS} years (wagesByTaxYear + takeHome): median ${median.toFixed(3)} ms, p95 ${at(0.95).toFixed(3)} ms (goal ≤ ${GOAL_MS} ms)`,
);
if (median > limit) {
  console.error(`tax: median ${median.toFixed(3)} ms is over the ${limit} ms limit`);
  process.exit(1);
}
