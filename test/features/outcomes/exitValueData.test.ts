// @vitest-environment node
import { parseOffer, type OfferInput } from '@/domain';
import { exitValueOffers, exitValueView } from '@/features/outcomes/exitValueData';

const M = 1_000_000;
const base: OfferInput = {
  name: 'Startup',
  cash: { base: 0 },
  equity: {
    type: 'options',
    shares: 100_000,
    strikePrice: 0.5,
    sharePrice: 4,
    liquidity: 'private',
    fullyDilutedShares: 16.5 * M,
    capTable: {
      commonShares: 10 * M,
      includesGrant: true,
      series: [
        { name: 'Seed', shares: 2 * M, invested: 4 * M },
        { name: 'A', shares: 3 * M, invested: 30 * M, seniority: 1 },
      ],
      optionTranches: [{ name: 'Options', count: 1.5 * M, strike: 0.5 }],
    },
  },
};

describe('exitValueView (W16’s table)', () => {
  const view = exitValueView(parseOffer(base));
  it('today = $4 × 16.5M = $66M; the line runs to 3× today', () => {
    expect(view.today).toBe(66 * M);
    expect(view.line.at(-1)!.exitValue).toBe(198 * M);
  });
  it('marks the breakpoints inside the range: 34, 39, 56.25, 164.25 ($M)', () => {
    expect(view.breakpoints.map((b) => b.exitValue / M)).toEqual([34, 39, 56.25, 164.25]);
  });
  it('says the preferences ($34M) and that below a $39M exit the options net nothing (p = strike)', () => {
    expect(view.preferences).toBe(34 * M);
    expect(view.zeroBelow).toBe(39 * M);
  });
  it('table rows at ½×, 1×, 2×, 3× with the simple formula beside the waterfall', () => {
    expect(view.rows.map((r) => r.exitValue / M)).toEqual([33, 66, 132, 198]);
    const today = view.rows[1]!;
    // $66M: p = (66 − 30 + 0.75)/13.5 = 2.7222; net 100,000 × (2.7222 − 0.5)
    expect(today.net).toBeCloseTo(100_000 * (36.75 / 13.5 - 0.5), 6);
    // formula: 66/16.5 = $4 → 100,000 × 3.5
    expect(today.formulaNet).toBeCloseTo(350_000, 6);
    expect(view.rows[0]!.net).toBe(0);
  });
  it('without a cap table the line is the formula and no breakpoints are drawn', () => {
    const plain = exitValueView(
      parseOffer({ ...base, equity: { ...base.equity, capTable: undefined } }),
    );
    expect(plain.hasCapTable).toBe(false);
    expect(plain.breakpoints).toEqual([]);
    expect(plain.formulaLine).toBeNull();
    expect(plain.zeroBelow).toBeCloseTo(0.5 * 16.5 * M, 6); // V / F = strike
  });
  it('lists only private equity that can be priced', () => {
    const pub = parseOffer({
      name: 'Public',
      cash: { base: 1 },
      equity: { type: 'rsu', shares: 5 },
    });
    const noF = parseOffer({
      name: 'No F',
      cash: { base: 1 },
      equity: { type: 'rsu', shares: 5, liquidity: 'private' },
    });
    expect(exitValueOffers([pub, noF, parseOffer(base)]).map((o) => o.name)).toEqual(['Startup']);
  });
});
