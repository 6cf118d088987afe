// @vitest-environment node
import {
  blackScholesCall,
  employerCostByYear,
  parseFinance,
  parseOffer,
  payrollTaxLines,
  taxableWages,
  unitFairValue,
  type OfferInput,
} from '@/domain';

type EquityInput = OfferInput['equity'];

const finance = parseFinance({});
const offer = (input: Partial<OfferInput>) =>
  parseOffer({ name: 'Test', cash: { base: 0 }, ...input });
const noTax = parseFinance({ payrollTaxes: [] });

describe('employerCostByYear: payroll tax', () => {
  it('caps Social Security at $184,500 and FUTA at $7,000; Medicare has no cap', () => {
    const rows = employerCostByYear(
      offer({ cash: { base: 200_000, bonusTargetPct: 10, signOn: 30_000 } }),
      finance,
      2,
    );
    // year 1 wages = 200,000 + 20,000 + 30,000 = 250,000
    // 6.2% × 184,500 = 11,439; 1.45% × 250,000 = 3,625; 0.6% × 7,000 = 42 → 15,106
    expect(rows[0]?.payrollTax).toBeCloseTo(15_106, 6);
    // year 2 wages = 220,000: 11,439 + 3,190 + 42 = 14,671
    expect(rows[1]?.payrollTax).toBeCloseTo(14_671, 6);
  });

  it('taxes all wages below the caps: 100,000 → 6,200 + 1,450 + 42', () => {
    expect(
      employerCostByYear(offer({ cash: { base: 100_000 } }), finance, 1)[0]?.payrollTax,
    ).toBeCloseTo(7_692, 6);
  });

  it('counts relocation as taxable wages and sums the total', () => {
    const [row] = employerCostByYear(
      offer({
        cash: { base: 100_000, relocation: 10_000 },
        benefits: { value: 5_000, employerCost: 20_000 },
      }),
      finance,
      1,
    );
    // wages 110,000: 6,820 + 1,595 + 42 = 8,457; total = 110,000 + 20,000 benefits + 8,457
    expect(row?.payrollTax).toBeCloseTo(8_457, 6);
    expect(row?.benefits).toBe(20_000);
    expect(row?.total).toBeCloseTo(138_457, 6);
  });
});

describe('employerCostByYear: equity expense', () => {
  it('recognizes RSU fair value straight-line: 4,800 × $100 over 48 months = $120,000 a year', () => {
    const rows = employerCostByYear(
      offer({ equity: { type: 'rsu', shares: 4_800, sharePrice: 100, growthPct: 30 } }),
      noTax,
      5,
    );
    expect(rows.map((r) => r.equityExpense)).toEqual(
      [120_000, 120_000, 120_000, 120_000, 0].map((v) => expect.closeTo(v, 6)),
    );
  });

  it('keeps cumulative expense at least the vested fair value on front-loaded schedules (40/30/20/10)', () => {
    const equity: EquityInput = {
      type: 'rsu',
      shares: 4_800,
      sharePrice: 100,
      vesting: { frequency: 'annual', yearWeights: [40, 30, 20, 10] },
    };
    const rows = employerCostByYear(offer({ equity }), noTax, 4);
    // cumulative = max(straight-line, vested): 40%, max(50%, 70%), max(75%, 90%), 100% of 480,000
    expect(rows.map((r) => r.equityExpense)).toEqual(
      [192_000, 144_000, 96_000, 48_000].map((v) => expect.closeTo(v, 6)),
    );
  });

  it('stays straight-line on back-loaded schedules (5/15/40/40)', () => {
    const equity: EquityInput = {
      type: 'rsu',
      shares: 4_800,
      sharePrice: 100,
      vesting: { frequency: 'annual', yearWeights: [5, 15, 40, 40] },
    };
    const rows = employerCostByYear(offer({ equity }), noTax, 4);
    expect(rows.map((r) => r.equityExpense)).toEqual(
      [120_000, 120_000, 120_000, 120_000].map((v) => expect.closeTo(v, 6)),
    );
  });

  it('expenses each refresh from its grant month: $48,000 over 48 months = $12,000 a year per grant', () => {
    const rows = employerCostByYear(
      offer({
        equity: {
          type: 'rsu',
          sharePrice: 100,
          growthPct: 10,
          refresh: { value: 48_000, startYear: 2 },
        },
      }),
      noTax,
      3,
    );
    expect(rows.map((r) => r.equityExpense)).toEqual(
      [0, 12_000, 24_000].map((v) => expect.closeTo(v, 6)),
    );
  });

  it('values options with Black–Scholes at grant under the finance assumptions', () => {
    const rows = employerCostByYear(
      offer({ equity: { type: 'options', shares: 10_000, sharePrice: 20, strikePrice: 20 } }),
      noTax,
      1,
    );
    // fair value per option at S = K = 20, T = 6.25, σ = 60%, r = 4%
    const perOption = blackScholesCall({
      price: 20,
      strike: 20,
      years: 6.25,
      volatilityPct: 60,
      riskFreePct: 4,
    });
    // d1 = (0.04 + 0.18) × 6.25 / (0.6 × 2.5) = 0.9167, d2 = −0.5833
    // C = 20 N(0.9167) − 20 e^−0.25 N(−0.5833) = 20 × 0.8203 − 15.576 × 0.2799 = 12.05
    expect(perOption).toBeCloseTo(12.05, 2);
    expect(rows[0]?.equityExpense).toBeCloseTo((10_000 * perOption) / 4, 6); // a quarter of the fair value in year 1
  });
});

describe('employerCostByYear: band', () => {
  it('compares each year’s base with the band', () => {
    const rows = employerCostByYear(
      offer({
        cash: { base: 200_000, raisePct: 5 },
        band: { min: 180_000, mid: 200_000, max: 240_000 },
      }),
      finance,
      2,
    );
    expect(rows[0]?.compaRatio).toBeCloseTo(1, 12); // 200,000 / 200,000
    expect(rows[0]?.rangePosition).toBeCloseTo(1 / 3, 12); // (200,000 − 180,000) / 60,000
    expect(rows[1]?.compaRatio).toBeCloseTo(1.05, 12); // 210,000 / 200,000
    expect(rows[1]?.rangePosition).toBeCloseTo(0.5, 12); // 30,000 / 60,000
  });

  it('leaves them out without a band', () => {
    const [row] = employerCostByYear(offer({ cash: { base: 1 } }), finance, 1);
    expect(row).not.toHaveProperty('compaRatio');
    expect(row).not.toHaveProperty('rangePosition');
  });
});

describe('payrollTaxLines and unitFairValue (the breakdown behind "where does this come from?")', () => {
  const finance = parseFinance({});

  it('lists each tax on capped wages and adds up to the year payroll tax', () => {
    // wages 200,000: SS 6.2% × 184,500 = 11,439; Medicare 1.45% × 200,000 = 2,900; FUTA 0.6% × 7,000 = 42
    const lines = payrollTaxLines(200_000, finance);
    expect(lines.map((l) => Math.round(l.amount))).toEqual([11_439, 2_900, 42]);
    expect(lines.map((l) => l.taxedWages)).toEqual([184_500, 200_000, 7_000]);
    expect(taxableWages({ base: 150_000, bonus: 30_000, signOn: 15_000, relocation: 5_000 })).toBe(
      200_000,
    );
  });

  it('values an RSU at the share price and an option at Black–Scholes', () => {
    expect(unitFairValue(42, 0, false, finance)).toBe(42);
    const option = unitFairValue(10, 10, true, finance);
    expect(option).toBeCloseTo(
      blackScholesCall({ price: 10, strike: 10, years: 6.25, volatilityPct: 60, riskFreePct: 4 }),
      10,
    );
  });
});
