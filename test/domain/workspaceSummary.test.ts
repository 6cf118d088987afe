// @vitest-environment node
import {
  WORKSPACE_VERSION,
  compensationByYear,
  employerCostByYear,
  evaluateOffer,
  parseWorkspace,
  summarizeWorkspace,
  type WorkspaceInput,
} from '@/domain';

const input: WorkspaceInput = {
  schemaVersion: WORKSPACE_VERSION,
  offers: [
    {
      id: 'lab',
      name: 'Lab',
      cash: { base: 300_000 },
      equity: {
        type: 'options',
        shares: 10_000,
        sharePrice: 20,
        strikePrice: 5,
        liquidity: 'private',
        successPct: 40,
      },
      ratings: { data: 9 },
    },
    { id: 'bank', name: 'Bank', cash: { base: 120_000 }, ratings: { data: 2 } },
    { id: 'euro', name: 'Euro', currency: 'EUR', cash: { base: 200_000 } },
    {
      id: 'big',
      name: 'Big',
      cash: { base: 260_000 },
      equity: { type: 'rsu', shares: 2_000, sharePrice: 200 },
      ratings: { data: 7 },
    },
  ],
  profiles: [
    {
      id: 'p',
      name: 'Me',
      horizonYears: 3,
      weights: { cash: 2, equity: 1, data: 1 },
      constraints: [{ dimension: 'base', min: 150_000 }],
    },
    { id: 'q', name: 'Other', horizonYears: 2, weights: { data: 1 } },
  ],
  activeProfileId: 'p',
  baselineOfferId: 'bank',
};

describe('summarizeWorkspace', () => {
  const ws = parseWorkspace(input);

  it('computes every offer with the active profile, in workspace order', () => {
    const summary = summarizeWorkspace(ws);
    expect(summary.profile.id).toBe('p');
    expect(summary.horizonYears).toBe(3);
    expect(summary.offers.map((s) => [s.offer.id, s.index])).toEqual([
      ['lab', 0],
      ['bank', 1],
      ['euro', 2],
      ['big', 3],
    ]);
    const lab = summary.offers[0]!;
    expect(lab.years).toEqual(compensationByYear(ws.offers[0]!, 3));
    expect(lab.evaluation).toEqual(evaluateOffer(ws.offers[0]!, ws.profiles[0]!));
    expect(lab.employerCost).toEqual(employerCostByYear(ws.offers[0]!, ws.finance, 3));
    expect(lab.horizon.cash).toBeCloseTo(900_000, 6); // 3 × 300,000
    expect(lab.horizon.totalComp).toBeCloseTo(
      lab.years.reduce((s, r) => s + r.totalComp, 0),
      6,
    );
    expect(lab.horizon.employerCost).toBeCloseTo(
      lab.employerCost.reduce((s, r) => s + r.total, 0),
      6,
    );
    expect(summary.baseline?.offer.id).toBe('bank');
    expect(summary.flipPoints).toBeUndefined();
  });

  it('captures a missing exchange rate as that offer’s error and ranks it last', () => {
    const summary = summarizeWorkspace(ws);
    const euro = summary.offers[2]!;
    expect(euro.evaluation).toBeNull();
    expect(euro.error).toMatch(/No exchange rate from EUR to USD/);
    expect(euro.years).toHaveLength(3); // the money is still shown in its own currency
    // eligible by score (lab, big), then ineligible (bank: base below 150k), then errors
    expect(summary.ranking.map((s) => s.offer.id)).toEqual(['lab', 'big', 'bank', 'euro']);
    expect(summary.ranking[0]!.evaluation!.score).toBeGreaterThan(
      summary.ranking[1]!.evaluation!.score,
    );
  });

  it('uses workspace exchange rates', () => {
    const summary = summarizeWorkspace({ ...ws, fxRates: { EUR: 1.1 } });
    expect(summary.offers[2]?.error).toBeNull();
    expect(summary.offers[2]?.evaluation?.contributions[0]?.value).toBeCloseTo(220_000, 6); // 200,000 EUR × 1.1
  });

  it('applies the equity outlook to every offer', () => {
    const conservative = summarizeWorkspace(ws, { outlook: 'conservative' });
    expect(conservative.offers[0]?.modeled.equity.successPct).toBe(20);
    expect(conservative.offers[0]?.horizon.equity).toBeLessThan(
      summarizeWorkspace(ws).offers[0]!.horizon.equity,
    );
  });

  it('can score with another profile', () => {
    const summary = summarizeWorkspace(ws, { profileId: 'q' });
    expect(summary.horizonYears).toBe(2);
    expect(summary.offers[0]?.evaluation?.score).toBeCloseTo(90, 10); // data 9 / 10
  });

  it('adds flip points for every pair of scored offers, under both orders', () => {
    const summary = summarizeWorkspace(ws, { includeFlipPoints: true });
    expect(Object.keys(summary.flipPoints ?? {}).sort()).toEqual(
      ['bank|big', 'bank|lab', 'big|bank', 'big|lab', 'lab|bank', 'lab|big'].sort(),
    );
    expect(summary.flipPoints?.['lab|big']).toEqual(summary.flipPoints?.['big|lab']);
  });
});
