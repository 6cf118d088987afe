// @vitest-environment node
import {
  evaluateOffer,
  leaderWeightRanges,
  parseOffer,
  parseProfile,
  weightFlipPoints,
  type OfferInput,
} from '@/domain';

const offer = (input: Partial<OfferInput>) =>
  parseOffer({ name: 'Test', cash: { base: 0 }, ...input });
const profile = parseProfile({
  weights: { cash: 1, scope: 1 },
  horizonYears: 1,
  money: { cash: { floor: 100_000, target: 300_000 } },
});
// a: cash at target (u = 1), scope 2 (u = 0.2) → 100 × (0.5 + 0.1) = 60
const a = offer({ cash: { base: 300_000 }, ratings: { scope: 2 } });
// b: cash at floor (u = 0), scope 10 (u = 1) → 50
const b = offer({ cash: { base: 100_000 }, ratings: { scope: 10 } });

describe('weightFlipPoints', () => {
  it('solves the linear tie: cash at 4/9, scope at 5/9', () => {
    // cash: Δu = 1, R = 0.5 × (−0.8) / 0.5 = −0.8; t = 0.8 / 1.8 = 4/9
    // check: a = 100 × (4/9 + 5/9 × 0.2) = 55.6 = b = 100 × 5/9
    const points = weightFlipPoints(a, b, profile);
    expect(points.cash).toBeCloseTo(4 / 9, 12);
    expect(points.scope).toBeCloseTo(5 / 9, 12); // Δu = −0.8, R = 1; t = 1 / 1.8
  });

  it('is symmetric in the two offers', () => {
    const ab = weightFlipPoints(a, b, profile);
    const ba = weightFlipPoints(b, a, profile);
    expect(ba.cash).toBeCloseTo(ab.cash ?? NaN, 12);
    expect(ba.scope).toBeCloseTo(ab.scope ?? NaN, 12);
  });

  it('ties the offers when the weight is set to the flip point', () => {
    const t = weightFlipPoints(a, b, profile).cash ?? NaN;
    const tied = parseProfile({ ...profile, weights: { cash: t, scope: 1 - t } });
    expect(evaluateOffer(a, tied).score).toBeCloseTo(evaluateOffer(b, tied).score, 9);
  });

  it('is null when the offers tie at every weight, never tie, or the weight is already 1', () => {
    expect(weightFlipPoints(a, a, profile)).toEqual({ cash: null, scope: null });
    const better = offer({ cash: { base: 300_000 }, ratings: { scope: 10 } });
    expect(weightFlipPoints(better, b, profile).scope).toBeNull(); // a dominates on both: the gap never closes on [0, 1)
    const cashOnly = parseProfile({ ...profile, weights: { cash: 1 } });
    expect(weightFlipPoints(a, b, cashOnly)).toEqual({ cash: null });
  });
});

describe('leaderWeightRanges', () => {
  it('gives the interval around each current weight where the leader stays ahead', () => {
    const ranges = leaderWeightRanges(a, b, profile);
    expect(ranges.cash).toEqual({ current: 0.5, min: expect.closeTo(4 / 9, 12), max: 1 }); // leader needs cash ≥ 4/9
    expect(ranges.scope).toEqual({ current: 0.5, min: 0, max: expect.closeTo(5 / 9, 12) }); // and scope ≤ 5/9
  });

  it('reports an empty range as [current, current] when the "leader" is behind', () => {
    expect(leaderWeightRanges(b, a, profile).cash).toEqual({ current: 0.5, min: 0.5, max: 0.5 });
  });
});
