// @vitest-environment node
import fc from 'fast-check';
import {
  evaluateOffer,
  panelGroupProfile,
  panelSummary,
  panelWeightScenarios,
  ValidationError,
  type PanelMember,
} from '@/domain';
import {
  C10_DIMENSIONS,
  C10_WEIGHTS,
  c8Panel,
  C8_DIMENSIONS,
  c10Panel,
  castOffers,
  productionTrack,
  sliders,
  weightVectors,
} from './panelFixtures';

describe('panel → optimizer (decide.md §2.7) and panel → profile', () => {
  it('C10 / O10: each member’s normalized weights become robust.weightScenarios, min/max the weightBox', () => {
    // HM 25/15/20/15/15/10 → (.25, .15, .20, .15, .15, .10), …; box: cash .15–.35, equity .10–.25,
    // scope .10–.25, data .10–.25, roadmap .05–.15, commitment .10–.15 (C10's ranges).
    const s = panelSummary(c10Panel(), C10_DIMENSIONS);
    const r = panelWeightScenarios(s);
    expect(r.names).toEqual(C10_WEIGHTS.map(([name]) => name));
    expect(r.roles).toEqual(['hiringManager', 'recruiter', 'teamLead', 'candidate']);
    r.weightScenarios.forEach((w, k) => {
      expect(Object.keys(w)).toEqual(C10_DIMENSIONS);
      C10_DIMENSIONS.forEach((d, i) => expect(w[d]).toBeCloseTo(C10_WEIGHTS[k]![2][i]! / 100, 12));
    });
    expect(r.weightBox.lo).toEqual(sliders([0.15, 0.1, 0.1, 0.1, 0.05, 0.1]));
    expect(r.weightBox.hi).toEqual(sliders([0.35, 0.25, 0.25, 0.25, 0.15, 0.15]));
    // the scenarios are copies: changing one leaves the summary alone
    r.weightScenarios[0]!.cash = 1;
    expect(s.members[0]!.weights.cash).toBe(0.25);
  });

  it('takes the members and dimensions directly too (one member is enough), same vectors', () => {
    const direct = panelWeightScenarios(c8Panel(), C8_DIMENSIONS);
    const viaSummary = panelWeightScenarios(panelSummary(c8Panel(), C8_DIMENSIONS));
    expect(direct).toEqual(viaSummary);
    // C8 hiring manager: AHP priorities .3333 / .1667 / .3333 / .1667
    expect(Object.values(direct.weightScenarios[0]!).map((x) => Number(x.toFixed(4)))).toEqual([
      0.3333, 0.1667, 0.3333, 0.1667,
    ]);
    const one = panelWeightScenarios(c10Panel().slice(0, 1), C10_DIMENSIONS);
    expect(one.weightScenarios).toHaveLength(1);
    expect(one.weightBox.lo).toEqual(one.weightBox.hi);
    expect(() => panelWeightScenarios([], C10_DIMENSIONS)).toThrow(ValidationError);
  });

  it('"Use as profile": the group weights as percentages, the base profile’s money, inputs untouched', () => {
    // C10 AIP-geo cash .2391 → 23.91; dimensions of the base outside the panel get 0.
    const base = { ...productionTrack(), weights: { ...productionTrack().weights, mentorship: 5 } };
    const s = panelSummary(c10Panel(), C10_DIMENSIONS, castOffers(), productionTrack());
    const profile = panelGroupProfile(s, base, { id: 'panel-1' });
    expect(profile.id).toBe('panel-1');
    expect(profile.name).toBe('Panel view (AIP-geometric)');
    expect(profile.method).toBe('direct');
    expect(profile.money).toEqual(base.money);
    expect(profile.horizonYears).toBe(base.horizonYears);
    expect(profile.weights.cash).toBeCloseTo(23.906421, 5);
    expect(profile.weights.mentorship).toBe(0);
    expect(Object.values(profile.weights).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
    // Compare scores with the profile equal the panel's group view
    castOffers().forEach((o, i) =>
      expect(evaluateOffer(o, profile).score).toBeCloseTo(s.groupDecision!.scores[i]!, 9),
    );
    expect(s.members[0]!.weights.cash).toBe(0.25); // the members' inputs stay as they were
    expect(base.weights.mentorship).toBe(5);
  });

  it('property: every scenario sums to 1 and lies inside the weight box', () => {
    fc.assert(
      fc.property(weightVectors(1, 6, 2, 8), (vectors) => {
        const dims = vectors[0]!.map((_, i) => `d${i}`);
        const panel: PanelMember[] = vectors.map((v, k) => ({
          name: `M${k}`,
          role: 'other',
          input: { kind: 'weights', weights: sliders(v, dims) },
        }));
        const r = panelWeightScenarios(panel, dims);
        for (const w of r.weightScenarios) {
          expect(dims.reduce((sum, d) => sum + w[d]!, 0)).toBeCloseTo(1, 12);
          dims.forEach((d) => {
            expect(w[d]!).toBeGreaterThanOrEqual(r.weightBox.lo[d]!);
            expect(w[d]!).toBeLessThanOrEqual(r.weightBox.hi[d]!);
          });
        }
      }),
      { numRuns: 100 },
    );
  });
});
