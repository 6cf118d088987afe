// @vitest-environment node
// Parsing of equity.capTable, unitCapMultiple, thresholdPrice and equity.outcome (§2, §5.2).
import { parseOffer, parseOutcomeModel, ValidationError, type OfferInput } from '@/domain';

const withTable = (capTable: unknown, equity: Record<string, unknown> = {}): OfferInput =>
  ({
    name: 'Startup',
    cash: { base: 100 },
    equity: { type: 'options', shares: 10, liquidity: 'private', capTable, ...equity },
  }) as OfferInput;
const message = (input: unknown) => {
  try {
    parseOffer(input);
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as Error).message;
  }
  throw new Error('expected a validation error');
};

describe('equity.capTable parsing', () => {
  it('fills every default of §2', () => {
    const table = parseOffer(
      withTable({ commonShares: 1000, series: [{ name: 'A', shares: 10, invested: 50 }] }),
    ).equity.capTable!;
    expect(table).toEqual({
      commonShares: 1000,
      series: [
        {
          name: 'A',
          shares: 10,
          invested: 50,
          prefMultiple: 1,
          participating: false,
          capMultiple: null,
          seniority: 0,
          conversionRatio: 1,
          accruedDividends: 0,
          convertible: true,
        },
      ],
      optionTranches: [],
      unallocatedPool: 0,
      includesGrant: false,
      stacking: 'pariPassu',
      futureRounds: [],
      netDebt: 0,
      transactionFeePct: 0,
      carveOutPct: 0,
    });
  });
  it('names the path in the spec’s wording', () => {
    const bad = withTable({
      commonShares: 100,
      series: [
        { name: 'A', shares: 1, invested: 1 },
        { name: 'B', shares: 1, invested: 1, capMultiple: 2 },
        {
          name: 'C',
          shares: 1,
          invested: 1,
          participating: true,
          prefMultiple: 1.5,
          capMultiple: 1,
        },
      ],
      futureRounds: [{ year: 2, dilutionPct: 10 }],
    });
    const text = message(bad);
    expect(text).toContain('equity.capTable.series[1].capMultiple: needs participating = true');
    expect(text).toContain('equity.capTable.series[2].capMultiple: must be ≥ prefMultiple (1.5)');
    expect(text).toContain('equity.capTable.futureRounds[0]: give preMoney or invested');
    expect(message(withTable({ commonShares: 0 }))).toContain(
      'equity.capTable.commonShares: must be > 0',
    );
    expect(message(withTable({ commonShares: 10 }, { dilutionPct: 20 }))).toContain(
      'equity.dilutionPct: use equity.capTable.futureRounds when a cap table is given',
    );
  });
  it('needs exactly one of invested and issuePrice, and unique series names', () => {
    expect(message(withTable({ commonShares: 1, series: [{ name: 'A', shares: 1 }] }))).toContain(
      'series[0].invested: give invested or issuePrice',
    );
    expect(
      message(
        withTable({
          commonShares: 1,
          series: [{ name: 'A', shares: 1, invested: 1, issuePrice: 1 }],
        }),
      ),
    ).toContain('series[0].issuePrice: give invested or issuePrice, not both');
    expect(
      message(
        withTable({
          commonShares: 1,
          series: [
            { name: 'A', shares: 1, invested: 1 },
            { name: 'A', shares: 2, invested: 1 },
          ],
        }),
      ),
    ).toContain('series[1].name: must be unique');
  });
  it('rejects negative and non-finite numbers', () => {
    expect(message(withTable({ commonShares: -5 }))).toContain('equity.capTable.commonShares');
    expect(message(withTable({ commonShares: Infinity }))).toContain(
      'equity.capTable.commonShares',
    );
    expect(
      message(
        withTable({ commonShares: 1, optionTranches: [{ name: 'o', count: -1, strike: 0 }] }),
      ),
    ).toContain('optionTranches[0].count');
  });
  it('old data without the new fields parses as before (no cap table, threshold absent = 0)', () => {
    const old = parseOffer({ name: 'Old', cash: { base: 1 }, equity: { type: 'rsu', shares: 1 } });
    expect(old.equity.capTable).toBeUndefined();
    expect(old.equity.unitCapMultiple).toBeUndefined();
    expect(old.equity.outcome).toBeUndefined();
  });
  it('thresholdPrice is for RSU-type units only; unitCapMultiple must be > 0', () => {
    expect(
      message({ name: 'X', cash: { base: 1 }, equity: { type: 'options', thresholdPrice: 2 } }),
    ).toContain('equity.thresholdPrice');
    expect(
      message({ name: 'X', cash: { base: 1 }, equity: { type: 'rsu', unitCapMultiple: 0 } }),
    ).toContain('equity.unitCapMultiple: must be > 0');
  });
});

describe('outcome model parsing', () => {
  it('fills the defaults of §5.2', () => {
    expect(parseOutcomeModel({})).toEqual({
      horizonYears: 4,
      windowYears: 10,
      metric: 'totalValue',
      basis: 'vested',
      currency: 'USD',
      marketCorrelationPct: 0,
    });
    const offer = parseOffer({
      name: 'X',
      cash: { base: 1 },
      equity: { outcome: { public: {}, private: { tenders: {} } } },
    });
    expect(offer.equity.outcome).toEqual({
      public: { volatilityPct: 35 },
      private: {
        ipoSharePct: 0,
        postExitVesting: 'continue',
        tenders: {
          firstYear: 2,
          everyYears: 1,
          probabilityPct: 100,
          sellFractionPct: 25,
          priceDiscountPct: 0,
          lockupMonths: 0,
        },
      },
    });
  });
  it('rejects exit chances that sum above 1 and mixture weights that do not sum to 100', () => {
    expect(
      message({
        name: 'X',
        cash: { base: 1 },
        equity: { outcome: { private: { exitProbByYear: [0.6, 0.5] } } },
      }),
    ).toContain('equity.outcome.private.exitProbByYear: must sum to at most 1');
    expect(
      message({
        name: 'X',
        cash: { base: 1 },
        equity: {
          outcome: {
            private: { exitValue: { components: [{ weightPct: 60, median: 1, sigma: 1 }] } },
          },
        },
      }),
    ).toContain('equity.outcome.private.exitValue.components: weights must sum to 100');
    expect(() => parseOutcomeModel({ horizonYears: 6, windowYears: 5 })).toThrow(
      'windowYears: must be ≥ horizonYears',
    );
  });
});
