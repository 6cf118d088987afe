// @vitest-environment node
import {
  WORKSPACE_VERSION,
  parseFinance,
  parseOffer,
  parseProfile,
  parseWorkspace,
  ValidationError,
  WorkspaceSchema,
} from '@/domain';

const messageOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e.message;
    throw e;
  }
  throw new Error('expected a ValidationError');
};

describe('parseOffer', () => {
  it('fills every default from DESIGN.md', () => {
    const offer = parseOffer({ name: ' Lab ', cash: { base: 185_000 } });
    expect(offer).toMatchObject({
      name: 'Lab',
      company: '',
      track: 'hybrid',
      currency: 'USD',
      cash: {
        base: 185_000,
        raisePct: 0,
        bonusTargetPct: 0,
        bonusPayoutPct: 100,
        signOn: 0,
        signOnYear2: 0,
        relocation: 0,
        clawbackMonths: 0,
      },
      equity: {
        type: 'none',
        shares: 0,
        sharePrice: 0,
        strikePrice: 0,
        growthPct: 0,
        liquidity: 'public',
        successPct: 100,
        dilutionPct: 0,
        vesting: { years: 4, cliffMonths: 12, frequency: 'monthly' },
        refresh: { value: 0, startYear: 2 },
      },
      benefits: { value: 0, employerCost: 0 },
      ratings: {},
    });
    expect(offer.band).toBeUndefined();
    expect(offer.equity.fullyDilutedShares).toBeUndefined();
  });

  it('defaults the employer cost of benefits to their value', () => {
    expect(
      parseOffer({ name: 'x', cash: { base: 1 }, benefits: { value: 9_000 } }).benefits,
    ).toEqual({ value: 9_000, employerCost: 9_000 });
    expect(
      parseOffer({ name: 'x', cash: { base: 1 }, benefits: { value: 9_000, employerCost: 12_000 } })
        .benefits.employerCost,
    ).toBe(12_000);
  });

  it('names each bad field and why', () => {
    const message = messageOf(() => parseOffer({ name: '', cash: { base: -1 } }));
    expect(message).toContain('name: is required');
    expect(message).toContain('cash.base: must be ≥ 0');
  });

  it('rejects NaN, infinities and negative money', () => {
    expect(messageOf(() => parseOffer({ name: 'x', cash: { base: Number.NaN } }))).toContain(
      'cash.base: must be a finite number',
    );
    expect(messageOf(() => parseOffer({ name: 'x', cash: { base: Infinity } }))).toContain(
      'cash.base: must be a finite number',
    );
    expect(messageOf(() => parseOffer({ name: 'x', cash: { base: 1, signOn: -5 } }))).toContain(
      'cash.signOn: must be ≥ 0',
    );
    expect(
      messageOf(() =>
        parseOffer({ name: 'x', cash: { base: 1 }, equity: { sharePrice: -Infinity } }),
      ),
    ).toContain('equity.sharePrice');
  });

  it('rejects year weights that do not sum to 100 or do not match the years', () => {
    expect(
      messageOf(() =>
        parseOffer({
          name: 'x',
          cash: { base: 1 },
          equity: { vesting: { yearWeights: [10, 20, 30, 30] } },
        }),
      ),
    ).toContain('equity.vesting.yearWeights: must sum to 100 (they sum to 90)');
    expect(
      messageOf(() =>
        parseOffer({
          name: 'x',
          cash: { base: 1 },
          equity: { vesting: { yearWeights: [50, 50] } },
        }),
      ),
    ).toContain('equity.vesting.yearWeights: must have one weight per vesting year (4)');
  });

  it('rejects a cliff longer than the vesting period', () => {
    expect(
      messageOf(() =>
        parseOffer({
          name: 'x',
          cash: { base: 1 },
          equity: { vesting: { years: 2, cliffMonths: 25 } },
        }),
      ),
    ).toContain('equity.vesting.cliffMonths: must not exceed the vesting period (24 months)');
  });

  it('rejects fractional months and out-of-range ratings and bands', () => {
    expect(
      messageOf(() => parseOffer({ name: 'x', cash: { base: 1, clawbackMonths: 1.5 } })),
    ).toContain('cash.clawbackMonths: must be a whole number of months');
    expect(
      messageOf(() => parseOffer({ name: 'x', cash: { base: 1 }, ratings: { scope: 11 } })),
    ).toContain('ratings.scope: must be ≤ 10');
    expect(
      messageOf(() =>
        parseOffer({ name: 'x', cash: { base: 1 }, band: { min: 3, mid: 2, max: 4 } }),
      ),
    ).toContain('band: must satisfy min ≤ mid ≤ max');
  });

  it('lists every issue on the ValidationError', () => {
    try {
      parseOffer({ cash: {} });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.path)).toEqual(['name', 'cash.base']);
    }
  });
});

describe('parseProfile', () => {
  it('fills defaults', () => {
    expect(parseProfile({})).toMatchObject({
      name: 'My priorities',
      horizonYears: 4,
      currency: 'USD',
      weights: { cash: 1, equity: 1, scope: 1, data: 1, roadmap: 1, commitment: 1 },
      money: { cash: { floor: 150_000, target: 450_000 }, equity: { floor: 0, target: 400_000 } },
      constraints: [],
    });
  });

  it('rejects all-zero weights', () => {
    expect(messageOf(() => parseProfile({ weights: { cash: 0, scope: 0 } }))).toContain(
      'weights: at least one weight must be > 0',
    );
    expect(messageOf(() => parseProfile({ weights: {} }))).toContain(
      'weights: at least one weight must be > 0',
    );
  });

  it('rejects a floor that is not below its target', () => {
    expect(
      messageOf(() => parseProfile({ money: { cash: { floor: 200_000, target: 200_000 } } })),
    ).toContain('money.cash.target: target must be above floor');
    expect(messageOf(() => parseProfile({ money: { equity: { floor: 5, target: 1 } } }))).toContain(
      'money.equity.target',
    );
  });

  it('rejects negative weights and a horizon outside 1–10 years', () => {
    expect(messageOf(() => parseProfile({ weights: { cash: -1, data: 1 } }))).toContain(
      'weights.cash: must be ≥ 0',
    );
    expect(messageOf(() => parseProfile({ horizonYears: 11 }))).toContain(
      'horizonYears: must be ≤ 10',
    );
  });
});

describe('parseFinance', () => {
  it('defaults to the 2026 US payroll taxes, each with its source, and the option assumptions', () => {
    const finance = parseFinance({});
    expect(finance.payrollTaxes.map((t) => [t.ratePct, t.wageCap])).toEqual([
      [6.2, 184_500],
      [1.45, undefined],
      [0.6, 7_000],
    ]);
    expect(finance.payrollTaxes.every((t) => t.source.length > 0)).toBe(true);
    expect(finance.optionValuation).toEqual({
      volatilityPct: 60,
      riskFreePct: 4,
      expectedTermYears: 6.25,
      dividendPct: 0,
    });
  });

  it('names bad assumptions', () => {
    expect(
      messageOf(() => parseFinance({ payrollTaxes: [{ name: 'x', ratePct: 101 }] })),
    ).toContain('payrollTaxes[0].ratePct: must be ≤ 100');
    expect(messageOf(() => parseFinance({ optionValuation: { volatilityPct: 0 } }))).toContain(
      'optionValuation.volatilityPct: must be > 0',
    );
  });
});

describe('parseWorkspace', () => {
  const minimal = {
    schemaVersion: WORKSPACE_VERSION,
    profiles: [{ id: 'p' }],
    activeProfileId: 'p',
  };

  it('fills defaults and keeps safeParse available', () => {
    expect(parseWorkspace(minimal)).toMatchObject({
      offers: [],
      baselineOfferId: null,
      dimensions: [],
      reportingCurrency: 'USD',
      fxRates: {},
      sample: false,
    });
    expect(WorkspaceSchema.safeParse(minimal).success).toBe(true);
  });

  it('names array paths and cross-field problems', () => {
    const message = messageOf(() =>
      parseWorkspace({
        ...minimal,
        offers: [
          { id: 'a', name: 'A', cash: { base: 1 } },
          { id: 'a', name: 'B', cash: { base: -1 } },
        ],
        baselineOfferId: 'zzz',
        fxRates: { EUR: 0 },
      }),
    );
    expect(message).toContain('offers[1].cash.base: must be ≥ 0');
    expect(message).toContain('fxRates.EUR: must be ≥ 0.000001');
    const crossField = messageOf(() =>
      parseWorkspace({
        ...minimal,
        offers: [
          { id: 'a', name: 'A', cash: { base: 1 } },
          { id: 'a', name: 'B', cash: { base: 1 } },
        ],
        baselineOfferId: 'zzz',
      }),
    );
    expect(crossField).toContain('offers[1].id: must be unique');
    expect(crossField).toContain('baselineOfferId: must name one of the offers or be null');
  });
});
