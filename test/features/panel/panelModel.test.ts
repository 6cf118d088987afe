import { describe, expect, it } from 'vitest';
import { PanelMemberSchema, panelSummary, type StoredPanelMember, type Workspace } from '@/domain';
import { buildPanelView, engineMember, panelBaseProfile } from '@/features/panel/panelModel';
import { sampleWorkspace } from '@/state/workspaceStore';

const member = (fields: Record<string, unknown>): StoredPanelMember =>
  PanelMemberSchema.parse({ id: String(fields.name), ...fields });

/** decide.md C10: the slider panel over the six dimensions. */
const C10 = [
  member({
    name: 'HM',
    role: 'hiringManager',
    weights: { cash: 25, equity: 15, scope: 20, data: 15, roadmap: 15, commitment: 10 },
  }),
  member({
    name: 'Recruiter',
    role: 'recruiter',
    weights: { cash: 35, equity: 25, scope: 10, data: 10, roadmap: 10, commitment: 10 },
  }),
  member({
    name: 'Team lead',
    role: 'teamLead',
    weights: { cash: 15, equity: 10, scope: 25, data: 25, roadmap: 15, commitment: 10 },
  }),
  member({
    name: 'Candidate',
    role: 'candidate',
    weights: { cash: 20, equity: 15, scope: 20, data: 25, roadmap: 5, commitment: 15 },
  }),
];

const withPanel = (members: StoredPanelMember[], profileId: string | null = null): Workspace => {
  const ws = sampleWorkspace();
  return {
    ...ws,
    panels: [{ id: 'p', name: 'Hiring panel', profileId, groupProfileId: null, members }],
  };
};

describe('buildPanelView', () => {
  it('asks for a second member before combining', () => {
    const view = buildPanelView(withPanel(C10.slice(0, 1)).panels[0], withPanel(C10.slice(0, 1)));
    expect(view.summary).toBeNull();
    expect(view.problem).toMatch(/at least two members/);
    expect(view.dimensions.map((d) => d.label)).toContain('Data access');
  });

  it('C10: Spanel 0.933529, Kendall W 0.493802, AIP-geometric, every sample offer scored by every view', () => {
    const ws = withPanel(C10);
    const view = buildPanelView(ws.panels[0], ws);
    expect(view.problem).toBeNull();
    expect(view.summary!.method).toBe('AIP-geometric');
    expect(view.summary!.consensus.Spanel).toBeCloseTo(0.933529, 6);
    expect(view.summary!.kendall.W).toBeCloseTo(0.493802, 6);
    expect(view.chart!.headline.consensus.measure).toBe('Spanel');
    expect(view.chart!.decision!.offers).toHaveLength(ws.offers.length);
    expect(view.chart!.decision!.offers[0]!.name).toBe(ws.offers[0]!.name);
    expect(view.chart!.strips[0]!.label).toBe('Cash'); // widest range first: .15–.35
    expect(view.chart!.strips[0]!.split).toBe(true);
  });

  it('rings the candidate member’s weights, else the profile’s own', () => {
    const ws = withPanel(C10);
    expect(buildPanelView(ws.panels[0], ws).candidateLabel).toBe(
      "Candidate's weight (the candidate)",
    );
    const noCandidate = withPanel(C10.slice(0, 3));
    const view = buildPanelView(noCandidate.panels[0], noCandidate);
    expect(view.candidateLabel).toBe("Balanced (sample)'s own weight");
    // Balanced: cash 25 of 100.
    expect(view.chart!.strips.find((s) => s.dimension === 'cash')!.candidate).toBeCloseTo(0.25, 12);
  });

  it('reads the panel’s own profile when it names one, else the active profile', () => {
    const ws = withPanel(C10, 'profile-research');
    expect(panelBaseProfile(ws.panels[0], ws).id).toBe('profile-research');
    expect(panelBaseProfile({ ...ws.panels[0]!, profileId: 'gone' }, ws).id).toBe(
      'profile-balanced',
    );
  });

  it('leaves out slider weight on a dimension the profile does not weigh, and says so', () => {
    const ws = withPanel(C10);
    ws.profiles[0] = { ...ws.profiles[0]!, weights: { ...ws.profiles[0]!.weights, roadmap: 0 } };
    const view = buildPanelView(ws.panels[0], ws);
    expect(view.dimensions.map((d) => d.id)).not.toContain('roadmap');
    expect(view.summary!.dimensions).toHaveLength(5);
    expect(view.notes).toContain(
      "HM's weight on Roadmap influence is left out: Balanced (sample) does not weigh it.",
    );
  });

  it('says why a member’s view cannot be combined instead of failing', () => {
    const zero = member({ name: 'Zero', weights: { roadmap: 10 } });
    const ws = withPanel([C10[0]!, zero]);
    ws.profiles[0] = { ...ws.profiles[0]!, weights: { ...ws.profiles[0]!.weights, roadmap: 0 } };
    const view = buildPanelView(ws.panels[0], ws);
    expect(view.summary).toBeNull();
    expect(view.problem).toMatch(/^The panel cannot be combined yet: .*weight must be > 0/);
  });
});

describe('engineMember', () => {
  it('completes a partial ranking the way the ranking editor shows it', () => {
    const m = member({
      name: 'R',
      method: 'rank',
      ranking: ['data'],
      weights: { cash: 9, equity: 1 },
    });
    const { member: engine } = engineMember(m, ['cash', 'equity', 'data']);
    expect(engine.input).toEqual({ kind: 'ranking', order: ['data', 'cash', 'equity'] });
  });

  it('pairwise members give AIJ with S* and its word', () => {
    const dims = ['cash', 'equity', 'scope'];
    const a = member({ name: 'A', method: 'ahp', pairwise: { 'equity>cash': 3, 'scope>cash': 5 } });
    const b = member({ name: 'B', method: 'ahp', pairwise: { 'equity>cash': 1 / 3 } });
    const summary = panelSummary(
      [a, b].map((m) => engineMember(m, dims).member),
      dims,
    );
    expect(summary.method).toBe('AIJ');
    expect(summary.consensus.Sstar).toBeDefined();
  });
});
