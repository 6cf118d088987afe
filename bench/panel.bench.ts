/**
 * `npm run bench -- panel`: median and p95 time of `panelSummary` for 8 members × 10 dimensions ×
 * 10 offers (issue 15: ≤ 2 ms), for a mixed panel (sliders, rankings, pairwise → AIP-geometric)
 * and an all-pairwise panel (AIJ, S*, contested judgments). Both include the decision table and
 * the chart data. Exits non-zero when a median exceeds 2 ms × BENCH_MAX_MS slack (default 2).
 */
import { performance } from 'node:perf_hooks';
import {
  panelChartData,
  panelSummary,
  parseOffer,
  parseProfile,
  type Offer,
  type PanelMember,
  type PanelRole,
} from '../src/domain';

const MEMBERS = 8;
const OFFERS = 10;
const WARMUP = 200;
const RUNS = 500;
const GOAL_MS = 2;
const DIMENSIONS = [
  'cash',
  'equity',
  'scope',
  'data',
  'roadmap',
  'commitment',
  'mentorship',
  'remote',
  'visa',
  'compute',
];
const ROLES: PanelRole[] = ['hiringManager', 'recruiter', 'teamLead', 'candidate', 'other'];
const SAATY = [1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 2, 3, 5, 7, 9];

/** A deterministic pseudo-random sequence (LCG), so every run measures the same panel. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

function offers(): Offer[] {
  return Array.from({ length: OFFERS }, (_, i) =>
    parseOffer({
      id: `offer-${i}`,
      name: `Offer ${i + 1}`,
      cash: { base: 180_000 + 15_000 * i, bonusTargetPct: 10 + i, signOn: 20_000 * (i % 3) },
      equity:
        i % 3 === 2
          ? { type: 'none' }
          : {
              type: 'rsu',
              shares: 1_000 + 400 * i,
              sharePrice: 150,
              growthPct: 5,
              ...(i % 3 === 1 ? { liquidity: 'private', successPct: 40, dilutionPct: 20 } : {}),
            },
      ratings: Object.fromEntries(DIMENSIONS.slice(2).map((d, j) => [d, (3 * i + 7 * j) % 11])),
    }),
  );
}

const profile = parseProfile({
  id: 'p1',
  name: 'Bench',
  horizonYears: 4,
  weights: Object.fromEntries(DIMENSIONS.map((d) => [d, 1])),
  money: { cash: { floor: 150_000, target: 450_000 }, equity: { floor: 0, target: 400_000 } },
});

function pairwiseMatrix(next: () => number): number[][] {
  const n = DIMENSIONS.length;
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const a = SAATY[Math.floor(next() * SAATY.length)]!;
      m[i]![j] = a;
      m[j]![i] = 1 / a;
    }
  return m;
}

function panel(kind: 'mixed' | 'pairwise'): PanelMember[] {
  const next = lcg(kind === 'mixed' ? 15 : 51);
  return Array.from({ length: MEMBERS }, (_, k) => {
    const base = {
      name: `Member ${k + 1}`,
      role: ROLES[k % ROLES.length]!,
      influence: 1 + (k % 2),
    };
    const turn = kind === 'pairwise' ? 2 : k % 3;
    if (turn === 0)
      return {
        ...base,
        input: {
          kind: 'weights',
          weights: Object.fromEntries(DIMENSIONS.map((d) => [d, 5 + Math.round(next() * 30)])),
        },
      };
    if (turn === 1) {
      const order = [...DIMENSIONS]; // Fisher–Yates shuffle
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      return { ...base, input: { kind: 'ranking', order } };
    }
    return { ...base, input: { kind: 'pairwise', matrix: pairwiseMatrix(next) } };
  });
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

const slack = Number(process.env.BENCH_MAX_MS ?? 2);
const limit = GOAL_MS * (Number.isFinite(slack) && slack > 0 ? slack : 2);
const allOffers = offers();
let failed = false;
for (const kind of ['mixed', 'pairwise'] as const) {
  const members = panel(kind);
  let sink = 0;
  const run = () => {
    const summary = panelSummary(members, DIMENSIONS, allOffers, profile);
    const chart = panelChartData(summary);
    sink += summary.decision!.length + chart.strips.length + (chart.heatmap?.order.length ?? 0);
  };
  for (let i = 0; i < WARMUP; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  if (sink === 0) throw new Error('the benchmark computed nothing');
  times.sort((a, b) => a - b);
  const median = percentile(times, 0.5);
  const p95 = percentile(times, 0.95);
  const method = panelSummary(members, DIMENSIONS).method;
  console.log(
    `panel: summary ${MEMBERS} members × ${DIMENSIONS.length} dimensions × ${OFFERS} offers (${kind}, ${method}, with chart data): median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms over ${RUNS} runs (goal ≤ ${GOAL_MS} ms)`,
  );
  if (median > limit) {
    console.error(
      `panel: ${kind} median ${median.toFixed(3)} ms is over the ${limit} ms limit (goal ${GOAL_MS} ms × slack ${limit / GOAL_MS})`,
    );
    failed = true;
  }
}
if (failed) process.exit(1);
