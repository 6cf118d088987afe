/** fast-check generators of valid engine inputs, sized so 1,000 runs stay fast. */
import fc from 'fast-check';
import {
  parseOffer,
  parseProfile,
  type Offer,
  type OfferInput,
  type Profile,
  type ProfileInput,
} from '@/domain';

export const amount = (max: number) =>
  fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });
export const percent = (max = 100) => amount(max);
export const rating = fc.double({ min: 0, max: 10, noNaN: true, noDefaultInfinity: true });

/** A valid vesting schedule: any length, cliff within the period, optional year weights summing to 100. */
export const vestingInput = fc
  .record({
    years: fc.integer({ min: 1, max: 10 }),
    cliffFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    frequency: fc.constantFrom('monthly', 'quarterly', 'annual'),
    rawWeights: fc.option(
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 }),
      { nil: undefined },
    ),
  })
  .map(({ years, cliffFraction, frequency, rawWeights }) => {
    const cliffMonths = Math.round(cliffFraction * years * 12);
    const picked = rawWeights?.slice(0, years);
    const total = picked?.reduce((s, w) => s + w, 0) ?? 0;
    const yearWeights = picked && total > 0 ? picked.map((w) => (100 * w) / total) : undefined;
    return { years, cliffMonths, frequency, ...(yearWeights ? { yearWeights } : {}) };
  });

export const offerInput: fc.Arbitrary<OfferInput> = fc.record({
  name: fc.constant('Offer'),
  cash: fc.record({
    base: amount(1_000_000),
    raisePct: percent(20),
    bonusTargetPct: percent(100),
    bonusPayoutPct: percent(200),
    signOn: amount(200_000),
    signOnYear2: amount(100_000),
    relocation: amount(50_000),
  }),
  equity: fc.record({
    type: fc.constantFrom('none', 'rsu', 'options'),
    shares: amount(200_000),
    sharePrice: amount(1_000),
    strikePrice: amount(1_000),
    growthPct: fc.double({ min: -90, max: 200, noNaN: true }),
    liquidity: fc.constantFrom('public', 'private'),
    successPct: percent(100),
    dilutionPct: percent(99),
    fullyDilutedShares: fc.option(fc.double({ min: 1, max: 1e9, noNaN: true }), { nil: undefined }),
    vesting: vestingInput,
    refresh: fc.record({ value: amount(500_000), startYear: fc.integer({ min: 1, max: 10 }) }),
  }),
  benefits: fc.record({ value: amount(50_000), employerCost: amount(80_000) }),
  ratings: fc.record(
    { scope: rating, data: rating, roadmap: rating, commitment: rating },
    { requiredKeys: [] },
  ),
});

export const offer: fc.Arbitrary<Offer> = offerInput.map((input) => parseOffer(input));

const weight = fc.integer({ min: 0, max: 10 });

export const profileInput: fc.Arbitrary<ProfileInput> = fc
  .record({
    horizonYears: fc.integer({ min: 1, max: 10 }),
    weights: fc.record({
      cash: weight,
      equity: weight,
      scope: weight,
      data: weight,
      roadmap: weight,
      commitment: weight,
    }),
    cashFloor: amount(400_000),
    cashSpan: fc.double({ min: 1, max: 600_000, noNaN: true }),
    equityFloor: amount(200_000),
    equitySpan: fc.double({ min: 1, max: 600_000, noNaN: true }),
    constraints: fc.array(
      fc.record({
        dimension: fc.constantFrom('base', 'totalComp', 'cash', 'data'),
        min: amount(300_000),
      }),
      { maxLength: 2 },
    ),
  })
  .map(({ horizonYears, weights, cashFloor, cashSpan, equityFloor, equitySpan, constraints }) => ({
    horizonYears,
    weights: Object.values(weights).some((w) => w > 0) ? weights : { ...weights, cash: 1 },
    money: {
      cash: { floor: cashFloor, target: cashFloor + cashSpan },
      equity: { floor: equityFloor, target: equityFloor + equitySpan },
    },
    constraints,
  }));

export const profile: fc.Arbitrary<Profile> = profileInput.map((input) => parseProfile(input));
