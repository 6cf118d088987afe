import {
  US_PAYROLL_TAXES_2026,
  WORKSPACE_VERSION,
  WorkspaceSchema,
  type Workspace,
} from '@/domain';

/**
 * The sample workspace shown on first start: realistic AI-hiring offers, clearly marked as sample.
 * Figures are illustrative, in the range of 2026 senior AI/ML offers in US hubs.
 *
 * Written out in full, every default included, rather than parsed from a shorter input: parsing
 * it took about 10 ms of the first start, and the type (plus a test that parsing it changes
 * nothing) keeps it complete and valid.
 */
const SAMPLE: Workspace = {
  schemaVersion: WORKSPACE_VERSION,
  offers: [
    {
      id: 'offer-frontier',
      name: 'Frontier lab — Research Scientist',
      company: 'Frontier research lab (sample)',
      track: 'research',
      currency: 'USD',
      cash: {
        base: 340_000,
        raisePct: 0,
        bonusTargetPct: 0,
        bonusPayoutPct: 100,
        signOn: 50_000,
        signOnYear2: 0,
        relocation: 0,
        clawbackMonths: 0,
      },
      equity: {
        type: 'rsu',
        shares: 4000,
        sharePrice: 300,
        strikePrice: 0,
        growthPct: 15,
        liquidity: 'private',
        successPct: 70,
        dilutionPct: 15,
        fullyDilutedShares: 900_000_000,
        vesting: { years: 4, cliffMonths: 12, frequency: 'monthly' },
        refresh: { value: 0, startYear: 2 },
        elapsedMonths: 0,
      },
      benefits: { value: 28_000, employerCost: 32_000 },
      ratings: { scope: 7, data: 10, roadmap: 5, commitment: 10 },
      band: { min: 290_000, mid: 340_000, max: 390_000 },
      notes: 'Pre-training team. Equity is private: modeled at 70% success, 15% dilution.',
    },
    {
      id: 'offer-startup',
      name: 'Applied-AI startup — Founding ML Engineer',
      company: 'Applied-AI startup, Series B (sample)',
      track: 'production',
      currency: 'USD',
      cash: {
        base: 235_000,
        raisePct: 0,
        bonusTargetPct: 0,
        bonusPayoutPct: 100,
        signOn: 20_000,
        signOnYear2: 0,
        relocation: 10_000,
        clawbackMonths: 0,
      },
      equity: {
        type: 'options',
        shares: 60_000,
        sharePrice: 12,
        strikePrice: 3,
        growthPct: 25,
        liquidity: 'private',
        successPct: 30,
        dilutionPct: 30,
        fullyDilutedShares: 40_000_000,
        vesting: { years: 4, cliffMonths: 12, frequency: 'monthly' },
        refresh: { value: 0, startYear: 2 },
        elapsedMonths: 0,
      },
      benefits: { value: 12_000, employerCost: 14_000 },
      ratings: { scope: 10, data: 4, roadmap: 9, commitment: 9 },
      band: { min: 200_000, mid: 225_000, max: 250_000 },
      notes: 'Owns the inference stack. Options at a $3 strike; preferred price $12.',
    },
    {
      id: 'offer-platform',
      name: 'Public company — Staff ML Engineer, ML Platform',
      company: 'Public tech company (sample)',
      track: 'production',
      currency: 'USD',
      cash: {
        base: 275_000,
        raisePct: 3,
        bonusTargetPct: 20,
        bonusPayoutPct: 100,
        signOn: 75_000,
        signOnYear2: 40_000,
        relocation: 15_000,
        clawbackMonths: 0,
      },
      equity: {
        type: 'rsu',
        shares: 1800,
        sharePrice: 250,
        strikePrice: 0,
        growthPct: 8,
        liquidity: 'public',
        successPct: 100,
        dilutionPct: 0,
        vesting: { years: 4, cliffMonths: 0, frequency: 'quarterly', yearWeights: [5, 15, 40, 40] },
        refresh: { value: 120_000, startYear: 2 },
        elapsedMonths: 0,
      },
      benefits: { value: 30_000, employerCost: 36_000 },
      ratings: { scope: 6, data: 8, roadmap: 5, commitment: 6 },
      band: { min: 230_000, mid: 260_000, max: 270_000 },
      notes: 'Back-loaded 5/15/40/40 vesting, offset by a two-year sign-on.',
    },
    {
      id: 'offer-current',
      name: 'Current job — Senior ML Engineer',
      company: 'Current employer (sample)',
      track: 'hybrid',
      currency: 'USD',
      cash: {
        base: 215_000,
        raisePct: 3,
        bonusTargetPct: 10,
        bonusPayoutPct: 100,
        signOn: 0,
        signOnYear2: 0,
        relocation: 0,
        clawbackMonths: 0,
      },
      equity: {
        type: 'rsu',
        shares: 900,
        sharePrice: 180,
        strikePrice: 0,
        growthPct: 6,
        liquidity: 'public',
        successPct: 100,
        dilutionPct: 0,
        vesting: { years: 4, cliffMonths: 0, frequency: 'quarterly' },
        refresh: { value: 60_000, startYear: 2 },
        elapsedMonths: 0,
      },
      benefits: { value: 24_000, employerCost: 28_000 },
      ratings: { scope: 5, data: 6, roadmap: 4, commitment: 4 },
      notes: 'Baseline: what staying looks like.',
    },
  ],
  profiles: [
    {
      id: 'profile-balanced',
      name: 'Balanced (sample)',
      horizonYears: 4,
      currency: 'USD',
      weights: { cash: 25, equity: 15, scope: 15, data: 20, roadmap: 10, commitment: 15 },
      money: { cash: { floor: 200_000, target: 450_000 }, equity: { floor: 0, target: 350_000 } },
      constraints: [{ dimension: 'base', min: 220_000 }],
      method: 'direct',
      ranking: [],
      pairwise: {},
    },
    {
      id: 'profile-research',
      name: 'Research-focused (sample)',
      horizonYears: 4,
      currency: 'USD',
      weights: { cash: 10, equity: 10, scope: 20, data: 35, roadmap: 10, commitment: 15 },
      money: { cash: { floor: 200_000, target: 450_000 }, equity: { floor: 0, target: 350_000 } },
      constraints: [],
      method: 'direct',
      ranking: [],
      pairwise: {},
    },
  ],
  activeProfileId: 'profile-balanced',
  baselineOfferId: 'offer-current',
  finance: {
    payrollTaxes: US_PAYROLL_TAXES_2026, // copied by sampleWorkspace()
    optionValuation: { volatilityPct: 60, riskFreePct: 4, expectedTermYears: 6.25, dividendPct: 0 },
  },
  dimensions: [],
  reportingCurrency: 'USD',
  fxRates: {},
  panels: [],
  sample: true,
};

/** A fresh copy of the sample workspace (callers may keep it; it is never shared). */
export function sampleWorkspace(): Workspace {
  return structuredClone(SAMPLE);
}

export function emptyWorkspace(): Workspace {
  return WorkspaceSchema.parse({
    schemaVersion: WORKSPACE_VERSION,
    activeProfileId: 'profile-default',
    profiles: [{ id: 'profile-default', name: 'My priorities' }],
  });
}
