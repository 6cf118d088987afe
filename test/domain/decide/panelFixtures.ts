/** Shared inputs of the panel tests: decide.md §2.8 (C8, C10) and §1.9's cast. */
import fc from 'fast-check';
import { parseOffer, parseProfile, type PanelMember, type PanelRole } from '@/domain';

/** Reciprocal matrix from its upper triangle (a12, a13, …, a23, …), row by row. */
export function fromUpper(upper: number[], n: number): number[][] {
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  let k = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      m[i]![j] = upper[k]!;
      m[j]![i] = 1 / upper[k]!;
      k++;
    }
  return m;
}

/** a_ij = w_i / w_j: the consistent matrix of a weight vector. */
export const consistentMatrix = (w: number[]) => w.map((a) => w.map((b) => a / b));

export const C8_DIMENSIONS = ['cash', 'equity', 'scope', 'data'];
export const C8_UPPER = {
  hiringManager: [2, 1, 2, 1 / 2, 1, 2],
  recruiter: [3, 3, 4, 2, 2, 1],
  candidate: [1 / 2, 1 / 3, 1 / 4, 1 / 2, 1 / 3, 1 / 2],
};
export const c8Panel = (): PanelMember[] =>
  (Object.entries(C8_UPPER) as [PanelRole, number[]][]).map(([role, upper]) => ({
    name: role,
    role,
    input: { kind: 'pairwise', matrix: fromUpper(upper, 4) },
  }));

export const C10_DIMENSIONS = ['cash', 'equity', 'scope', 'data', 'roadmap', 'commitment'];
export const C10_WEIGHTS: [string, PanelRole, number[]][] = [
  ['Hiring manager', 'hiringManager', [25, 15, 20, 15, 15, 10]],
  ['Recruiter', 'recruiter', [35, 25, 10, 10, 10, 10]],
  ['Team lead', 'teamLead', [15, 10, 25, 25, 15, 10]],
  ['Candidate', 'candidate', [20, 15, 20, 25, 5, 15]],
];
export const sliders = (values: number[], dims = C10_DIMENSIONS) =>
  Object.fromEntries(dims.map((d, i) => [d, values[i]!]));
export const c10Panel = (): PanelMember[] =>
  C10_WEIGHTS.map(([name, role, w]) => ({
    name,
    role,
    input: { kind: 'weights', weights: sliders(w) },
  }));

const rsu = (shares: number, privateCompany: boolean) => ({
  type: 'rsu' as const,
  shares,
  sharePrice: 200,
  vesting: { years: 4, cliffMonths: 12, frequency: 'monthly' as const },
  ...(privateCompany ? { liquidity: 'private' as const, successPct: 60, dilutionPct: 10 } : {}),
});
/** §1.9: Ours (Northwind ML Platform), Rival A (Frontier lab), Rival B (Applied-AI startup). */
export const castOffers = () => [
  parseOffer({
    name: 'Ours',
    cash: { base: 230_000, bonusTargetPct: 15, signOn: 20_000 },
    equity: rsu(1_500, false),
    ratings: { scope: 7, data: 8, roadmap: 6, commitment: 7 },
  }),
  parseOffer({
    name: 'Frontier lab',
    cash: { base: 280_000, signOn: 40_000 },
    equity: rsu(4_000, true),
    ratings: { scope: 8, data: 9, roadmap: 5, commitment: 9 },
  }),
  parseOffer({
    name: 'Applied-AI startup',
    cash: { base: 300_000 },
    equity: rsu(2_000, true),
    ratings: { scope: 8, data: 7, roadmap: 8, commitment: 8 },
  }),
];
/** §1.9's production-track preset. */
export const productionTrack = () =>
  parseProfile({
    name: 'production-track',
    weights: { cash: 30, equity: 20, scope: 15, data: 10, roadmap: 15, commitment: 10 },
    money: { cash: { floor: 200_000, target: 400_000 }, equity: { floor: 0, target: 200_000 } },
  });

/** K positive weight vectors over n dimensions (each entry in [0.01, 1]). */
export const weightVectors = (minK = 2, maxK = 6, minN = 2, maxN = 8) =>
  fc.integer({ min: minN, max: maxN }).chain((n) =>
    fc.array(
      fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
      {
        minLength: minK,
        maxLength: maxK,
      },
    ),
  );

/** Positive influence weights, one per member. */
export const influences = (K: number) =>
  fc.array(fc.double({ min: 0.1, max: 5, noNaN: true }), { minLength: K, maxLength: K });

/** Saaty's 17 answers, 1/9 … 9. */
export const SAATY = [9, 8, 7, 6, 5, 4, 3, 2, 1].flatMap((x) => (x === 1 ? [1] : [x, 1 / x]));

/** K reciprocal 1–9 matrices over n dimensions (random, usually inconsistent). */
export const pairwisePanels = (minK = 2, maxK = 6, minN = 2, maxN = 7) =>
  fc.integer({ min: minN, max: maxN }).chain((n) =>
    fc.array(
      fc
        .array(fc.constantFrom(...SAATY), {
          minLength: (n * (n - 1)) / 2,
          maxLength: (n * (n - 1)) / 2,
        })
        .map((upper) => fromUpper(upper, n)),
      { minLength: minK, maxLength: maxK },
    ),
  );
