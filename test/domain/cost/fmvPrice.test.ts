// @vitest-environment node
import { blackScholesCall, employerCostByYear, parseFinance, parseOffer } from '@/domain';

const noTax = parseFinance({ payrollTaxes: [] });
const bs = (price: number, strike: number) =>
  blackScholesCall({ price, strike, years: 6.25, volatilityPct: 60, riskFreePct: 4 });
const totalExpense = (o: ReturnType<typeof parseOffer>) =>
  employerCostByYear(o, noTax, 4).reduce((s, r) => s + r.equityExpense, 0);

describe('409A price (equity.fmvPrice) for grant-date fair value', () => {
  const lab = (fmvPrice?: number) =>
    parseOffer({
      name: 'Frontier lab',
      cash: { base: 300_000 },
      equity: {
        type: 'options',
        shares: 20_000,
        sharePrice: 120, // latest preferred price
        strikePrice: 40,
        liquidity: 'private',
        ...(fmvPrice === undefined ? {} : { fmvPrice }),
      },
    });

  it('values private options at the 409A price, not the preferred price', () => {
    // BS(S = 120, K = 40) ≈ $96.3 → ≈ $1.93M for 20,000 options; BS(S = K = 40) ≈ $24.1 → ≈ $0.48M
    expect(totalExpense(lab())).toBeCloseTo(20_000 * bs(120, 40), 4);
    expect(totalExpense(lab(40))).toBeCloseTo(20_000 * bs(40, 40), 4);
    expect(totalExpense(lab())).toBeGreaterThan(1.9e6);
    expect(totalExpense(lab(40))).toBeGreaterThan(0.47e6);
    expect(totalExpense(lab(40))).toBeLessThan(0.49e6);
  });

  it('values private RSUs at the 409A price and ignores it at a public company', () => {
    const rsu = (liquidity: 'public' | 'private') =>
      parseOffer({
        name: 'R',
        cash: { base: 0 },
        equity: { type: 'rsu', shares: 1_000, sharePrice: 50, fmvPrice: 20, liquidity },
      });
    expect(totalExpense(rsu('private'))).toBeCloseTo(20_000, 6); // 1,000 × $20
    expect(totalExpense(rsu('public'))).toBeCloseTo(50_000, 6); // 1,000 × $50
  });
});
