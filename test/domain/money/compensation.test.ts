// @vitest-environment node
import { compensationByYear, parseOffer, type OfferInput } from '@/domain';

const offer = (input: Partial<OfferInput> & { equity?: OfferInput['equity'] }) =>
  parseOffer({ name: 'Test', cash: { base: 0 }, ...input });
const rsu = (equity: OfferInput['equity']) => offer({ equity: { type: 'rsu', ...equity } });

describe('compensationByYear: cash', () => {
  it('applies raises from year 2, bonus on that year’s base, sign-ons in years 1–2, relocation in year 1', () => {
    const rows = compensationByYear(
      offer({
        cash: {
          base: 200_000,
          raisePct: 5,
          bonusTargetPct: 15,
          bonusPayoutPct: 80,
          signOn: 50_000,
          signOnYear2: 20_000,
          relocation: 10_000,
        },
        benefits: { value: 12_000 },
      }),
      3,
    );
    expect(rows.map((r) => r.year)).toEqual([1, 2, 3]);
    // year 1: bonus = 200,000 × 15% × 80% = 24,000; cash = 200,000 + 24,000 + 50,000 = 274,000
    expect(rows[0]).toMatchObject({
      base: 200_000,
      bonus: 24_000,
      signOn: 50_000,
      relocation: 10_000,
      cash: 274_000,
      benefits: 12_000,
    });
    // totalValue = totalComp 274,000 + benefits 12,000 + relocation 10,000
    expect(rows[0]?.totalValue).toBe(296_000);
    // year 2: base = 200,000 × 1.05 = 210,000; bonus = 210,000 × 0.15 × 0.8 = 25,200; cash = 210,000 + 25,200 + 20,000
    expect(rows[1]?.base).toBeCloseTo(210_000, 6);
    expect(rows[1]?.bonus).toBeCloseTo(25_200, 6);
    expect(rows[1]?.cash).toBeCloseTo(255_200, 6);
    expect(rows[1]?.relocation).toBe(0);
    // year 3: base = 200,000 × 1.05² = 220,500, no sign-on
    expect(rows[2]?.base).toBeCloseTo(220_500, 6);
    expect(rows[2]?.signOn).toBe(0);
  });

  it('returns no rows for zero years', () => {
    expect(compensationByYear(offer({ cash: { base: 1 } }), 0)).toEqual([]);
  });
});

describe('compensationByYear: equity', () => {
  it('RSUs: 4,800 shares at $100 over 4 years vest 1,200 × $100 = $120,000 a year', () => {
    const rows = compensationByYear(rsu({ shares: 4_800, sharePrice: 100 }), 5);
    expect(rows.slice(0, 4).map((r) => r.equity)).toEqual(
      [120_000, 120_000, 120_000, 120_000].map((v) => expect.closeTo(v, 6)),
    );
    expect(rows[4]?.equity).toBe(0); // fully vested after year 4
    expect(rows[0]?.totalComp).toBeCloseTo(120_000, 6);
  });

  it('growth: the cliff vest at month 12 is priced at $100 × 1.1 and each later month at $100 × 1.1^(m/12)', () => {
    const rows = compensationByYear(rsu({ shares: 4_800, sharePrice: 100, growthPct: 10 }), 2);
    expect(rows[0]?.equity).toBeCloseTo(1_200 * 110, 6); // 1,200 shares × $110
    let year2 = 0;
    for (let m = 13; m <= 24; m++) year2 += 100 * 100 * 1.1 ** (m / 12); // 100 shares a month
    expect(rows[1]?.equity).toBeCloseTo(year2, 6);
  });

  it('options in the money: 1,200 options × ($30 − $10) = $24,000 in year 1', () => {
    const rows = compensationByYear(
      offer({ equity: { type: 'options', shares: 4_800, sharePrice: 30, strikePrice: 10 } }),
      1,
    );
    expect(rows[0]?.equity).toBeCloseTo(24_000, 6);
    expect(rows[0]?.equityPaper).toBeCloseTo(24_000, 6);
  });

  it('options under water are worth nothing, never negative', () => {
    const rows = compensationByYear(
      offer({ equity: { type: 'options', shares: 4_800, sharePrice: 10, strikePrice: 15 } }),
      4,
    );
    expect(rows.map((r) => r.equity)).toEqual([0, 0, 0, 0]);
    expect(rows.map((r) => r.equityPaper)).toEqual([0, 0, 0, 0]);
  });

  it('private RSUs: $120,000 × (1 − 20% dilution) × 50% success = $48,000; paper stays $120,000', () => {
    const rows = compensationByYear(
      rsu({
        shares: 4_800,
        sharePrice: 100,
        liquidity: 'private',
        dilutionPct: 20,
        successPct: 50,
      }),
      1,
    );
    expect(rows[0]?.equity).toBeCloseTo(48_000, 6);
    expect(rows[0]?.equityPaper).toBeCloseTo(120_000, 6);
  });

  it('private options: 1,200 × max(0, $30 × 0.8 − $10) × 50% = $8,400', () => {
    const equity = {
      type: 'options',
      shares: 4_800,
      sharePrice: 30,
      strikePrice: 10,
      liquidity: 'private',
      dilutionPct: 20,
      successPct: 50,
    } as const;
    const rows = compensationByYear(offer({ equity }), 1);
    expect(rows[0]?.equity).toBeCloseTo(8_400, 6);
    expect(rows[0]?.equityPaper).toBeCloseTo(24_000, 6); // 1,200 × ($30 − $10)
  });

  it('dilution can push private options under water: $12 × 0.8 = $9.60 < $10 strike', () => {
    const equity = {
      type: 'options',
      shares: 4_800,
      sharePrice: 12,
      strikePrice: 10,
      liquidity: 'private',
      dilutionPct: 20,
    } as const;
    const rows = compensationByYear(offer({ equity }), 1);
    expect(rows[0]?.equity).toBe(0);
    expect(rows[0]?.equityPaper).toBeCloseTo(2_400, 6); // 1,200 × ($12 − $10)
  });

  it('public liquidity ignores dilution and success', () => {
    const rows = compensationByYear(
      rsu({ shares: 4_800, sharePrice: 100, dilutionPct: 50, successPct: 10 }),
      1,
    );
    expect(rows[0]?.equity).toBeCloseTo(120_000, 6);
  });

  it('no equity type means no equity value, whatever the share fields say', () => {
    const rows = compensationByYear(
      offer({
        equity: { type: 'none', shares: 1_000, sharePrice: 10, refresh: { value: 10_000 } },
      }),
      3,
    );
    expect(rows.map((r) => r.equity)).toEqual([0, 0, 0]);
  });
});

describe('compensationByYear: refresh grants', () => {
  it('stack: each $48,000 refresh vests $1,000 a month with no cliff from its grant month', () => {
    const rows = compensationByYear(
      rsu({ shares: 0, sharePrice: 100, refresh: { value: 48_000, startYear: 2 } }),
      4,
    );
    // grant k at month 12(k−1): 480 shares, 10 a month × $100 = $12,000 a year per live grant
    expect(rows.map((r) => r.equity)).toEqual(
      [0, 12_000, 24_000, 36_000].map((v) => expect.closeTo(v, 6)),
    );
  });

  it('stack on top of the initial grant', () => {
    const rows = compensationByYear(
      rsu({ shares: 4_800, sharePrice: 100, refresh: { value: 48_000, startYear: 2 } }),
      3,
    );
    expect(rows[2]?.equity).toBeCloseTo(120_000 + 24_000, 6); // initial + two live refreshes
  });

  it('with growth buy value / price(12) shares and vest at the later prices', () => {
    const rows = compensationByYear(
      rsu({ shares: 0, sharePrice: 100, growthPct: 10, refresh: { value: 48_000, startYear: 2 } }),
      2,
    );
    const shares = 48_000 / 110; // price at month 12 = $100 × 1.1
    let year2 = 0;
    for (let m = 13; m <= 24; m++) year2 += (shares / 48) * 100 * 1.1 ** (m / 12);
    expect(rows[1]?.equity).toBeCloseTo(year2, 6);
  });

  it('option refreshes are struck at the grant price: worth nothing without growth', () => {
    const flat = compensationByYear(
      offer({ equity: { type: 'options', sharePrice: 10, refresh: { value: 40_000 } } }),
      3,
    );
    expect(flat.map((r) => r.equity)).toEqual([0, 0, 0]);
    const growing = compensationByYear(
      offer({
        equity: { type: 'options', sharePrice: 10, growthPct: 20, refresh: { value: 48_000 } },
      }),
      2,
    );
    const shares = 48_000 / 12; // 4,000 options struck at $12 (month 12)
    let year2 = 0;
    for (let m = 13; m <= 24; m++) year2 += (shares / 48) * (10 * 1.2 ** (m / 12) - 12);
    expect(growing[1]?.equity).toBeCloseTo(year2, 6);
  });

  it('a refresh starting in year 1 is granted at month 0 without a cliff', () => {
    const rows = compensationByYear(
      rsu({ sharePrice: 100, refresh: { value: 48_000, startYear: 1 } }),
      1,
    );
    expect(rows[0]?.equity).toBeCloseTo(12_000, 6);
  });
});
