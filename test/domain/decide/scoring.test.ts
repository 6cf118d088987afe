// @vitest-environment node
import {
  evaluateOffer,
  normalizedWeights,
  parseOffer,
  parseProfile,
  type OfferInput,
  type ProfileInput,
} from '@/domain';

const offer = (input: Partial<OfferInput>) =>
  parseOffer({ name: 'Test', cash: { base: 0 }, ...input });
const profile = (input: ProfileInput) =>
  parseProfile({
    money: { cash: { floor: 100_000, target: 300_000 }, equity: { floor: 0, target: 100_000 } },
    ...input,
  });

describe('evaluateOffer', () => {
  it('scores the worked example: 12.5 + 25 + 40 = 77.5', () => {
    const evaluation = evaluateOffer(
      offer({
        cash: { base: 200_000 },
        equity: { type: 'rsu', shares: 4_800, sharePrice: 100 },
        ratings: { scope: 8 },
      }),
      profile({ weights: { cash: 1, equity: 1, scope: 2 } }),
    );
    // W = 1/4, 1/4, 2/4. cash u = (200k − 100k)/(300k − 100k) = 0.5 → 12.5;
    // equity 120k/yr ≥ target 100k → u = 1 → 25; scope 8/10 × 50 = 40
    expect(evaluation.score).toBeCloseTo(77.5, 10);
    expect(evaluation.contributions).toEqual([
      { dimension: 'cash', weight: 0.25, value: 200_000, utility: 0.5, points: 12.5 },
      {
        dimension: 'equity',
        weight: 0.25,
        value: expect.closeTo(120_000, 6),
        utility: 1,
        points: 25,
      },
      { dimension: 'scope', weight: 0.5, value: 8, utility: 0.8, points: 40 },
    ]);
    expect(evaluation.eligible).toBe(true);
    expect(evaluation.failed).toEqual([]);
  });

  it('clamps money below the floor to 0 and counts a missing rating as 5', () => {
    const evaluation = evaluateOffer(
      offer({ cash: { base: 50_000 } }),
      profile({ weights: { cash: 1, data: 1 } }),
    );
    expect(evaluation.contributions.map((c) => c.utility)).toEqual([0, 0.5]);
    expect(evaluation.score).toBeCloseTo(25, 10); // 0 + 100 × 0.5 × 0.5
  });

  it('leaves out dimensions without a weight', () => {
    const evaluation = evaluateOffer(
      offer({ cash: { base: 1 } }),
      profile({ weights: { cash: 0, scope: 3 } }),
    );
    expect(evaluation.contributions.map((c) => c.dimension)).toEqual(['scope']);
  });

  it('averages cash over the profile’s horizon', () => {
    const withSignOn = offer({ cash: { base: 100_000, signOn: 40_000 } });
    const two = evaluateOffer(withSignOn, profile({ horizonYears: 2, weights: { cash: 1 } }));
    const four = evaluateOffer(withSignOn, profile({ horizonYears: 4, weights: { cash: 1 } }));
    expect(two.contributions[0]?.value).toBe(120_000); // (140,000 + 100,000) / 2
    expect(four.contributions[0]?.value).toBe(110_000); // (140,000 + 3 × 100,000) / 4
    // equity: with an 18-month cliff a 1-year horizon sees no vest, a 2-year one sees 24/48 × 480,000 / 2
    const rsu = offer({
      cash: { base: 0 },
      equity: { type: 'rsu', shares: 4_800, sharePrice: 100, vesting: { cliffMonths: 18 } },
    });
    const equity = evaluateOffer(rsu, profile({ horizonYears: 1, weights: { equity: 1 } }));
    expect(equity.contributions[0]?.value).toBe(0); // nothing vests before month 18
    const twoYears = evaluateOffer(rsu, profile({ horizonYears: 2, weights: { equity: 1 } }));
    expect(twoYears.contributions[0]?.value).toBeCloseTo(120_000, 6); // 240,000 vested in year 2, averaged over 2
  });

  it('reports every missed constraint by dimension, with detail', () => {
    const evaluation = evaluateOffer(
      offer({ cash: { base: 100_000, signOn: 40_000 }, ratings: { data: 4 } }),
      profile({
        horizonYears: 2,
        weights: { cash: 1 },
        constraints: [
          { dimension: 'base', min: 150_000 },
          { dimension: 'totalComp', min: 120_000 },
          { dimension: 'data', min: 6 },
          { dimension: 'cash', min: 130_000 },
        ],
      }),
    );
    // base 100k < 150k fails; totalComp (140k + 100k)/2 = 120k passes; data 4 < 6 fails; cash 120k < 130k fails
    expect(evaluation.eligible).toBe(false);
    expect(evaluation.failed).toEqual(['base', 'data', 'cash']);
    expect(evaluation.failedConstraints).toEqual([
      { dimension: 'base', min: 150_000, value: 100_000 },
      { dimension: 'data', min: 6, value: 4 },
      { dimension: 'cash', min: 130_000, value: 120_000 },
    ]);
    expect(evaluation.score).toBeCloseTo(10, 10); // eligibility does not change the score: (120k − 100k)/200k × 100
  });

  it('converts money to the profile’s currency before floors and targets', () => {
    const euros = offer({ currency: 'EUR', cash: { base: 100_000 } });
    const evaluation = evaluateOffer(
      euros,
      profile({ weights: { cash: 1 }, constraints: [{ dimension: 'base', min: 105_000 }] }),
      { fxRates: { EUR: 1.1 } },
    );
    expect(evaluation.contributions[0]?.value).toBeCloseTo(110_000, 6); // 100,000 EUR × 1.1 USD/EUR
    expect(evaluation.score).toBeCloseTo(5, 10); // (110k − 100k) / 200k × 100
    expect(evaluation.eligible).toBe(true); // base 110,000 USD ≥ 105,000
  });

  it('throws a clear error for a foreign currency without a rate instead of guessing 1:1', () => {
    const euros = offer({ currency: 'EUR', cash: { base: 100_000 } });
    expect(() => evaluateOffer(euros, profile({ weights: { cash: 1 } }))).toThrow(
      /No exchange rate from EUR to USD/,
    );
    expect(() =>
      evaluateOffer(euros, profile({ weights: { cash: 1 } }), { fxRates: { GBP: 1.3 } }),
    ).toThrow(/EUR/);
    expect(
      evaluateOffer(euros, profile({ currency: 'EUR', weights: { cash: 1 } })).contributions[0]
        ?.value,
    ).toBe(100_000);
  });

  it('scores custom rated dimensions by their rating', () => {
    const evaluation = evaluateOffer(
      offer({ ratings: { mentorship: 9 } }),
      profile({ weights: { mentorship: 1 } }),
    );
    expect(evaluation.score).toBeCloseTo(90, 10);
  });
});

describe('normalizedWeights', () => {
  it('divides each positive weight by their sum and drops zeros', () => {
    expect(normalizedWeights(profile({ weights: { cash: 2, equity: 0, scope: 6 } }))).toEqual({
      cash: 0.25,
      scope: 0.75,
    });
  });
});
