/**
 * `npm run bench -- equity`: `equityOutcomes` for 10 offers (5 private with a 4-series cap table
 * and 2 future rounds, 5 public) × 20,480 draws × 10 years (issue 12: ≤ 250 ms on one core).
 * Prints the cold run and the median of warm runs (CPU time of this process, and wall time);
 * says when the warm CPU median misses the 250 ms goal (it does today: ~0.8 s, most of it the
 * 12.3 M exact normal draws of the public half — see issue 12's note), and exits non-zero only
 * past a regression gate of 2,000 ms × BENCH_MAX_MS slack (default 1.5, the machine is shared).
 */
import { performance } from 'node:perf_hooks';
import { equityOutcomes, parseOffer, type Offer } from '../src/domain';

const GOAL_MS = 250;
const DRAWS = 20_480;
const RUNS = 5;

function privateOffer(i: number): Offer {
  return parseOffer({
    name: `Startup ${i + 1}`,
    company: `Startup ${i + 1}`,
    cash: { base: 200_000 + 10_000 * i },
    equity: {
      type: i % 2 === 0 ? 'options' : 'rsu',
      shares: 100_000,
      sharePrice: 10,
      strikePrice: 2,
      growthPct: 10,
      liquidity: 'private',
      successPct: 40,
      fullyDilutedShares: 30_000_000,
      refresh: { value: 50_000, startYear: 2 },
      capTable: {
        commonShares: 12_000_000,
        series: [
          { name: 'Seed', shares: 2_000_000, invested: 2_000_000 },
          { name: 'A', shares: 4_000_000, invested: 12_000_000, seniority: 1 },
          {
            name: 'B',
            shares: 4_000_000,
            invested: 40_000_000,
            seniority: 2,
            participating: true,
            capMultiple: 3,
          },
          { name: 'C', shares: 3_000_000, invested: 60_000_000, seniority: 3, prefMultiple: 1.5 },
        ],
        optionTranches: [{ name: 'Pool grants', count: 3_000_000, strike: 1 }],
        unallocatedPool: 1_000_000,
        futureRounds: [
          { year: 2, dilutionPct: 15, preMoney: 400_000_000 },
          { year: 4, dilutionPct: 12, preMoney: 900_000_000, kind: 'preferred' },
        ],
      },
      outcome: {
        private: {
          exitProbByYear: [0, 0.05, 0.08, 0.1, 0.1, 0.08, 0.06, 0.04],
          ipoSharePct: 30,
          tenders: { firstYear: 2, sellFractionPct: 20 },
        },
      },
    },
  });
}

function publicOffer(i: number): Offer {
  return parseOffer({
    name: `Public ${i + 1}`,
    company: `Public ${i + 1}`,
    cash: { base: 250_000, bonusTargetPct: 15 },
    equity: {
      type: 'rsu',
      shares: 2_000 + 200 * i,
      sharePrice: 200,
      growthPct: 8,
      vesting: { cliffMonths: 12, frequency: 'monthly' },
      refresh: { value: 100_000, startYear: 2 },
    },
  });
}

const offers = [
  ...Array.from({ length: 5 }, (_, i) => privateOffer(i)),
  ...Array.from({ length: 5 }, (_, i) => publicOffer(i)),
];
const model = { horizonYears: 10, windowYears: 12 };
const run = () => equityOutcomes(offers, model, 42, DRAWS);
/** CPU time of this process (ms): on a shared machine wall time also counts other processes' turns. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

let start = performance.now();
const cold = run();
const coldMs = performance.now() - start;
const times: number[] = [];
const cpuTimes: number[] = [];
for (let r = 0; r < RUNS; r++) {
  start = performance.now();
  const c0 = cpu();
  run();
  cpuTimes.push(cpu() - c0);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const wall = times[Math.floor(RUNS / 2)]!;
const median = cpuTimes[Math.floor(RUNS / 2)]!;
if (cold.draws !== DRAWS || cold.offers.length !== 10)
  throw new Error('the benchmark computed nothing');
const GATE_MS = 2000;
const slack = Number(process.env.BENCH_MAX_MS ?? 1.5);
const limit = GATE_MS * (Number.isFinite(slack) && slack > 0 ? slack : 1.5);
console.log(
  `equity: equityOutcomes 10 offers (5 private, 4 series + 2 future rounds; 5 public) × ${DRAWS} draws × 10 years: cold ${coldMs.toFixed(1)} ms, warm median ${median.toFixed(1)} ms CPU (${wall.toFixed(1)} ms wall) over ${RUNS} runs (goal ≤ ${GOAL_MS} ms)`,
);
if (median > GOAL_MS)
  console.log(`equity: GOAL MISSED: warm median ${median.toFixed(1)} ms CPU > ${GOAL_MS} ms`);
if (median > limit) {
  console.error(`equity: warm median ${median.toFixed(1)} ms CPU is over the ${limit} ms gate`);
  process.exit(1);
}
