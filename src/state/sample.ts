import { WORKSPACE_VERSION, WorkspaceSchema, type Workspace, type WorkspaceInput } from '@/domain';

/**
 * The sample workspace shown on first start: realistic AI-hiring offers, clearly marked as sample.
 * Figures are illustrative, in the range of 2026 senior AI/ML offers in US hubs.
 */
const SAMPLE_INPUT: WorkspaceInput = {
  schemaVersion: WORKSPACE_VERSION,
  sample: true,
  activeProfileId: 'profile-balanced',
  baselineOfferId: 'offer-current',
  offers: [
    {
      id: 'offer-frontier',
      name: 'Frontier lab — Research Scientist',
      company: 'Frontier research lab (sample)',
      track: 'research',
      cash: { base: 340_000, bonusTargetPct: 0, signOn: 50_000 },
      equity: {
        type: 'rsu',
        shares: 4_000,
        sharePrice: 300,
        growthPct: 15,
        liquidity: 'private',
        successPct: 70,
        dilutionPct: 15,
        fullyDilutedShares: 900_000_000,
        vesting: { years: 4, cliffMonths: 12, frequency: 'monthly' },
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
      cash: { base: 235_000, signOn: 20_000, relocation: 10_000 },
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
      cash: {
        base: 275_000,
        raisePct: 3,
        bonusTargetPct: 20,
        signOn: 75_000,
        signOnYear2: 40_000,
        relocation: 15_000,
      },
      equity: {
        type: 'rsu',
        shares: 1_800,
        sharePrice: 250,
        growthPct: 8,
        liquidity: 'public',
        vesting: { years: 4, cliffMonths: 0, frequency: 'quarterly', yearWeights: [5, 15, 40, 40] },
        refresh: { value: 120_000, startYear: 2 },
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
      cash: { base: 215_000, raisePct: 3, bonusTargetPct: 10 },
      equity: {
        type: 'rsu',
        shares: 900,
        sharePrice: 180,
        growthPct: 6,
        liquidity: 'public',
        vesting: { years: 4, cliffMonths: 0, frequency: 'quarterly' },
        refresh: { value: 60_000, startYear: 2 },
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
      weights: { cash: 25, equity: 15, scope: 15, data: 20, roadmap: 10, commitment: 15 },
      money: { cash: { floor: 200_000, target: 450_000 }, equity: { floor: 0, target: 350_000 } },
      constraints: [{ dimension: 'base', min: 220_000 }],
    },
    {
      id: 'profile-research',
      name: 'Research-focused (sample)',
      horizonYears: 4,
      weights: { cash: 10, equity: 10, scope: 20, data: 35, roadmap: 10, commitment: 15 },
      money: { cash: { floor: 200_000, target: 450_000 }, equity: { floor: 0, target: 350_000 } },
      constraints: [],
    },
  ],
};

export function sampleWorkspace(): Workspace {
  return WorkspaceSchema.parse(SAMPLE_INPUT);
}

export function emptyWorkspace(): Workspace {
  return WorkspaceSchema.parse({
    schemaVersion: WORKSPACE_VERSION,
    activeProfileId: 'profile-default',
    profiles: [{ id: 'profile-default', name: 'My priorities' }],
  });
}
