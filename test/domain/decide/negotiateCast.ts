/** The cast of decide.md §1.9: offers, presets and lever sets of the worked examples O1–O11. */
import { parseFinance, parseOffer, parseProfile, type Lever, type OfferInput } from '@/domain';

export const finance = parseFinance({}); // US 2026: SS 6.2% to 184,500; Medicare 1.45%; FUTA 0.6% to 7,000

const rsu = (shares: number, price: number, liquidity: 'public' | 'private', risk = {}) => ({
  type: 'rsu' as const,
  shares,
  sharePrice: price,
  liquidity,
  vesting: { years: 4, cliffMonths: 12, frequency: 'monthly' as const },
  ...risk,
});
const ratings = (scope: number, data: number, roadmap: number, commitment: number) => ({
  scope,
  data,
  roadmap,
  commitment,
});
const offer = (input: OfferInput) => parseOffer(input);

export const ours = offer({
  name: 'Northwind ML Platform',
  cash: { base: 230_000, bonusTargetPct: 15, signOn: 20_000 },
  equity: rsu(1_500, 200, 'public'),
  ratings: ratings(7, 8, 6, 7),
});
export const rivalA = offer({
  name: 'Frontier lab',
  cash: { base: 280_000, signOn: 40_000 },
  equity: rsu(4_000, 200, 'private', { successPct: 60, dilutionPct: 10 }),
  ratings: ratings(8, 9, 5, 9),
});
export const rivalB = offer({
  name: 'Applied-AI startup',
  cash: { base: 300_000 },
  equity: rsu(2_000, 200, 'private', { successPct: 60, dilutionPct: 10 }),
  ratings: ratings(8, 7, 8, 8),
});

const weights = (w: number[]) => ({
  cash: w[0] ?? 0,
  equity: w[1] ?? 0,
  scope: w[2] ?? 0,
  data: w[3] ?? 0,
  roadmap: w[4] ?? 0,
  commitment: w[5] ?? 0,
});
export const production = parseProfile({
  name: 'production-track',
  weights: weights([30, 20, 15, 10, 15, 10]),
  money: { cash: { floor: 200_000, target: 400_000 }, equity: { floor: 0, target: 200_000 } },
});
export const research = parseProfile({
  name: 'research-track',
  weights: weights([15, 15, 20, 25, 5, 20]),
  money: { cash: { floor: 180_000, target: 350_000 }, equity: { floor: 0, target: 250_000 } },
});

/** O2's five levers. */
export const o2Levers: Lever[] = [
  { kind: 'signOn', max: 100_000 },
  { kind: 'base', max: 260_000 },
  { kind: 'rsuGrant', max: 400_000 },
  { kind: 'rating', dimension: 'scope', max: 9 },
  { kind: 'rating', dimension: 'data', max: 10, costPerPointPerYear: 15_000 },
];

/** O6, O7 and O10's levers. */
export const o6Levers: Lever[] = [
  { kind: 'signOn', max: 100_000 },
  { kind: 'base', max: 260_000 },
  { kind: 'rsuGrant', max: 400_000 },
  { kind: 'rating', dimension: 'roadmap', max: 9, costPerPointPerYear: 10_000 },
  { kind: 'rating', dimension: 'data', max: 10, costPerPointPerYear: 10_000 },
];

/** §2.8 C10: the four panel members' weights, normalized. */
export const panelWeights = [
  [25, 15, 20, 15, 15, 10],
  [35, 25, 10, 10, 10, 10],
  [15, 10, 25, 25, 15, 10],
  [20, 15, 20, 25, 5, 15],
].map((w) => {
  const total = w.reduce((s, x) => s + x, 0);
  return weights(w.map((x) => x / total));
});

/** O5: a startup research engineer against a rival with a sign-on. */
export const o5 = {
  offer: offer({ name: 'Startup RE', cash: { base: 150_000 }, ratings: { scope: 6, data: 6 } }),
  rival: offer({
    name: 'Rival',
    cash: { base: 165_000, signOn: 30_000 },
    ratings: { scope: 6, data: 6 },
  }),
  profile: parseProfile({
    name: 'early-career',
    weights: { cash: 50, scope: 20, data: 30 },
    money: { cash: { floor: 100_000, target: 250_000 }, equity: { floor: 0, target: 1 } },
  }),
  levers: [
    { kind: 'base', max: 200_000 },
    { kind: 'signOn', max: 60_000 },
  ] as Lever[],
};

/** O11: the grant and the base share the Social Security room. */
export const o11 = {
  offer: offer({
    name: 'Ours-L4',
    cash: { base: 160_000 },
    equity: rsu(360, 100, 'public'),
    ratings: ratings(6, 6, 6, 6),
  }),
  rival: offer({
    name: 'Rival',
    cash: { base: 175_000 },
    equity: rsu(1_440, 40, 'public'),
    ratings: ratings(7, 6, 6, 6),
  }),
  profile: parseProfile({
    name: 'early-career, equity-minded',
    weights: { cash: 40, equity: 25, scope: 35 },
    money: { cash: { floor: 100_000, target: 250_000 }, equity: { floor: 0, target: 90_000 } },
  }),
  levers: [
    { kind: 'base', max: 200_000 },
    { kind: 'rsuGrant', max: 36_000 },
  ] as Lever[],
};
