// @vitest-environment node
import fc from 'fast-check';
import {
  ValidationError,
  aggregatePriorities,
  evaluateOffer,
  panelSummary,
  rocWeights,
  type PanelMember,
} from '@/domain';
import {
  C8_DIMENSIONS,
  C10_DIMENSIONS,
  c8Panel,
  c10Panel,
  castOffers,
  fromUpper,
  productionTrack,
  sliders,
  weightVectors,
} from './panelFixtures';

const close = (values: number[], digits = 6) => values.map((v) => expect.closeTo(v, digits));
const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues;
    throw e;
  }
  return [];
};

describe('panelSummary: decide.md §2.1–§2.6', () => {
  it('C8: a pairwise panel uses AIJ, S* (small-panel) and lists the most contested judgments', () => {
    // Every member is pairwise → AIJ (.288202, .206419, .263081, .242298), CR 0.001873;
    // S* = 0.705084 ("moderate", K = 3 < n = 4). Member CRs 0, 0.0170, 0.0115.
    const s = panelSummary(c8Panel(), C8_DIMENSIONS);
    expect(s.method).toBe('AIJ');
    expect(Object.values(s.group)).toEqual(close([0.288202, 0.206419, 0.263081, 0.242298]));
    expect(Object.keys(s.group)).toEqual(C8_DIMENSIONS);
    expect(s.groupCr).toBeCloseTo(0.001873, 6);
    expect(s.consensus.Sstar).toBeCloseTo(0.705084, 6);
    expect(s.consensus.word).toBe('moderate');
    expect(s.members.map((m) => Number(m.cr!.toFixed(4)))).toEqual([0, 0.017, 0.0115]);
    expect(s.members.every((m) => !m.inconsistent)).toBe(true);
    // geoSd of cash:data: ln 2, ln 4, ln(1/4) → mean ln 2/3, sd √((Σ ln² − (Σ ln)²/3)/2):
    // Σ ln² = ln²2 (1 + 4 + 4) = 9 ln²2, (Σ ln)² = ln²2 → √((9 − 1/3)/2) ln 2 = 2.0817 ln 2 → 4.23296
    expect(s.contested).toHaveLength(3);
    expect(s.contested![0]).toEqual({ i: 'cash', j: 'data', geoSd: expect.closeTo(4.232957, 6) });
    expect(s.contested!.map((c) => `${c.i}:${c.j}`)).toEqual([
      'cash:data',
      'cash:scope',
      'cash:equity',
    ]);
    // similarity is S* of each pair (pairwise panel)
    expect(s.similarity[0]![0]).toBe(1);
    expect(s.similarity[1]![2]).toBeLessThan(s.similarity[0]![1]!);
    // HM's tie (cash = scope = 1/3) counts as a tie in the ranks: rank sums 6.5, 8.5, 6.5, 8.5
    expect(s.kendall.rankSums).toEqual([6.5, 8.5, 6.5, 8.5]);
  });

  it('C10: the slider panel: AIP-geometric, Spanel, W, spreads, and a unanimous decision table', () => {
    // Group AIP-geo (.2391, .1627, .1878, .1848, .1088, .1169); S = .940176, Spanel = .933529;
    // W = .493802. Ranges: cash .15–.35, equity/scope/data .10–.25, roadmap .05–.15, commitment
    // .10–.15. Decision (production-track money): e.g. HM ours = 25·.3475 + 15·.375 + 20·.7 +
    // 15·.8 + 15·.6 + 10·.7 = 56.3125 (cash u = (269,500 − 200k)/200k, equity u = 75k/200k).
    const s = panelSummary(c10Panel(), C10_DIMENSIONS, castOffers(), productionTrack());
    expect(s.method).toBe('AIP-geometric');
    expect(Object.values(s.group).map((w) => Number(w.toFixed(4)))).toEqual([
      0.2391, 0.1627, 0.1878, 0.1848, 0.1088, 0.1169,
    ]);
    expect(s.consensus.S).toBeCloseTo(0.940176, 6);
    expect(s.consensus.Spanel).toBeCloseTo(0.933529, 6);
    expect(s.consensus.Sstar).toBeUndefined();
    expect(s.kendall.W).toBeCloseTo(0.493802, 6);
    expect(s.kendall.chi2).toBeCloseTo(9.876, 3);
    expect(s.similarity[1]![2]).toBeCloseTo(0.915634, 6);
    expect(s.contested).toBeUndefined();
    expect(s.spread.map((r) => [r.dimension, r.min, r.max])).toEqual([
      ['cash', 0.15, 0.35],
      ['equity', 0.1, 0.25],
      ['scope', 0.1, 0.25],
      ['data', 0.1, 0.25],
      ['roadmap', 0.05, 0.15],
      ['commitment', 0.1, 0.15],
    ]);
    // cash: range .20 ≥ .10 (and HM/recruiter have it in their top two, the team lead not);
    // by §2.5's rule equity, scope, data (.15) and roadmap (.10) are split too; commitment (.05,
    // in nobody's top two) is not.
    expect(s.spread.map((r) => r.split)).toEqual([true, true, true, true, true, false]);
    expect(s.decision!.map((d) => d.scores.map((x) => Number(x.toFixed(2))))).toEqual([
      [56.31, 65.35, 63.05],
      [49.54, 60.25, 55.25],
      [62.46, 71.15, 67.7],
      [60.08, 71.6, 63.55],
    ]);
    expect(s.decision!.map((d) => d.pick)).toEqual([1, 1, 1, 1]); // all four pick Frontier lab
    expect(s.decision![0]!.member).toBe('Hiring manager');
    expect(s.groupDecision!.pick).toBe(1);
  });

  it('decision scores equal evaluateOffer with the member’s weights and the profile’s money', () => {
    const offers = castOffers();
    const profile = productionTrack();
    const s = panelSummary(c10Panel(), C10_DIMENSIONS, offers, profile);
    s.decision!.forEach((d, k) =>
      offers.forEach((o, i) =>
        expect(d.scores[i]).toBeCloseTo(
          evaluateOffer(o, { ...profile, weights: s.members[k]!.weights }).score,
          9,
        ),
      ),
    );
    expect(s.groupDecision!.scores[2]).toBeCloseTo(
      evaluateOffer(offers[2]!, { ...profile, weights: s.group }).score,
      9,
    );
  });

  it('a mixed panel (sliders, ranking, pairwise) uses AIP-geometric; a ranking becomes ROC weights', () => {
    const dims = ['cash', 'equity', 'scope'];
    const panel: PanelMember[] = [
      {
        name: 'A',
        role: 'hiringManager',
        input: { kind: 'weights', weights: sliders([2, 1, 1], dims) },
      },
      {
        name: 'B',
        role: 'teamLead',
        input: { kind: 'ranking', order: ['scope', 'cash', 'equity'] },
      },
      {
        name: 'C',
        role: 'candidate',
        input: { kind: 'pairwise', matrix: fromUpper([1, 1 / 3, 1 / 3], 3) },
      },
    ];
    const s = panelSummary(panel, dims);
    expect(s.method).toBe('AIP-geometric');
    // ROC(3) = (11/18, 5/18, 2/18) for scope, cash, equity
    expect(s.members[1]!.weights).toEqual({
      cash: expect.closeTo(5 / 18, 12),
      equity: expect.closeTo(2 / 18, 12),
      scope: expect.closeTo(11 / 18, 12),
    });
    expect(rocWeights(3)[0]).toBeCloseTo(11 / 18, 12);
    expect(s.members[0]!.weights).toEqual({ cash: 0.5, equity: 0.25, scope: 0.25 });
    expect(s.members[2]!.cr).toBeCloseTo(0, 9); // (1,1,3)/5 is consistent
    expect(s.members[0]!.cr).toBeUndefined();
    expect(s.consensus.Sstar).toBeUndefined(); // S* only for pairwise panels
    const expected = aggregatePriorities(s.members.map((m) => dims.map((d) => m.weights[d]!)));
    expect(Object.values(s.group)).toEqual(close(expected, 12));
  });

  it('influence weights shift the group toward the heavier member', () => {
    const panel = c10Panel();
    panel[1]!.influence = 3; // recruiter, cash 35%
    const s = panelSummary(panel, C10_DIMENSIONS);
    expect(s.members.map((m) => m.influence)).toEqual([1 / 6, 1 / 2, 1 / 6, 1 / 6]);
    expect(s.group.cash!).toBeGreaterThan(panelSummary(c10Panel(), C10_DIMENSIONS).group.cash!);
  });

  it('falls back to AIP-arithmetic when a member gives a dimension weight 0; geometric can be forced', () => {
    const panel = c10Panel();
    panel[3]!.input = { kind: 'weights', weights: sliders([20, 15, 20, 25, 0, 15]) };
    const s = panelSummary(panel, C10_DIMENSIONS);
    expect(s.method).toBe('AIP-arithmetic');
    expect(s.spread.find((r) => r.dimension === 'roadmap')!.min).toBe(0);
    expect(() =>
      panelSummary(panel, C10_DIMENSIONS, undefined, undefined, { aggregation: 'AIP-geometric' }),
    ).toThrow(
      /member Candidate gives dimension roadmap weight 0: geometric aggregation needs every weight > 0/,
    );
    expect(
      panelSummary(c10Panel(), C10_DIMENSIONS, undefined, undefined, {
        aggregation: 'AIP-arithmetic',
      }).group.cash,
    ).toBeCloseTo(0.2375, 12);
    expect(() =>
      panelSummary(c10Panel(), C10_DIMENSIONS, undefined, undefined, { aggregation: 'AIJ' }),
    ).toThrow(/AIJ needs pairwise/);
  });

  it('flags a member with CR > 0.10 as inconsistent and still counts them', () => {
    const panel = c8Panel();
    panel[1]!.input = { kind: 'pairwise', matrix: fromUpper([9, 1 / 9, 1, 9, 1, 1], 4) }; // a cycle
    const s = panelSummary(panel, C8_DIMENSIONS);
    expect(s.members[1]!.cr!).toBeGreaterThan(0.1);
    expect(s.members[1]!.inconsistent).toBe(true);
    expect(s.method).toBe('AIJ');
  });

  it('flags a dimension split when members disagree about its place in their top two', () => {
    // ranges all < .10, but A has d1 in its top two and B does not
    const dims = ['d1', 'd2', 'd3'];
    const panel: PanelMember[] = [
      {
        name: 'A',
        role: 'other',
        input: { kind: 'weights', weights: sliders([0.36, 0.34, 0.3], dims) },
      },
      {
        name: 'B',
        role: 'other',
        input: { kind: 'weights', weights: sliders([0.3, 0.36, 0.34], dims) },
      },
    ];
    const s = panelSummary(panel, dims);
    const split = Object.fromEntries(s.spread.map((r) => [r.dimension, r.split]));
    expect(split).toEqual({ d1: true, d2: false, d3: true });
  });

  it('edge cases: one member, too few dimensions, different dimension lists, bad judgments', () => {
    const one = c10Panel().slice(0, 1);
    expect(() => panelSummary(one, C10_DIMENSIONS)).toThrow(/needs at least two members/);
    expect(() => panelSummary(c10Panel(), ['cash'])).toThrow(/at least two dimensions/);
    expect(() => panelSummary(c10Panel(), ['cash', 'cash'])).toThrow(/listed twice/);
    const extra = c10Panel();
    extra[2]!.input = {
      kind: 'weights',
      weights: { ...sliders([15, 10, 25, 25, 15, 10]), mentorship: 5 },
    };
    expect(issuesOf(() => panelSummary(extra, C10_DIMENSIONS))).toEqual([
      {
        path: '[2].input.weights.mentorship',
        message:
          'Team lead: is not one of the panel’s dimensions: members must use the same dimension list',
      },
    ]);
    const missing = c10Panel();
    missing[0]!.input = { kind: 'weights', weights: { cash: 1 } };
    expect(issuesOf(() => panelSummary(missing, C10_DIMENSIONS))[0]).toEqual({
      path: '[0].input.weights.equity',
      message: 'Hiring manager: is missing: members must use the same dimension list',
    });
    const ranking = c10Panel();
    ranking[1]!.input = { kind: 'ranking', order: ['cash', 'cash', 'scope'] };
    expect(issuesOf(() => panelSummary(ranking, C10_DIMENSIONS)).map((i) => i.path)).toEqual([
      '[1].input.order[1]',
      '[1].input.order',
    ]);
    const judgments = c8Panel();
    judgments[2]!.input = { kind: 'pairwise', matrix: fromUpper([2, 2, 2, 2, 2, 2], 4) };
    (judgments[2]!.input as { matrix: number[][] }).matrix[3]![0] = 2;
    expect(issuesOf(() => panelSummary(judgments, C8_DIMENSIONS))).toEqual([
      {
        path: '[2].input.matrix[3][0]',
        message: 'candidate: must be the reciprocal of [0][3] (1/2 = 0.5)',
      },
    ]);
    const size = c8Panel();
    size[0]!.input = { kind: 'pairwise', matrix: fromUpper([2], 2) };
    expect(issuesOf(() => panelSummary(size, C8_DIMENSIONS))[0]!.path).toBe('[0].input.matrix');
    const influence = c10Panel();
    influence[0]!.influence = -1;
    expect(issuesOf(() => panelSummary(influence, C10_DIMENSIONS))[0]!.path).toBe('[0].influence');
  });

  it('n = 2: CR = 0 and S* still works', () => {
    const panel: PanelMember[] = [
      { name: 'A', role: 'recruiter', input: { kind: 'pairwise', matrix: fromUpper([9], 2) } },
      { name: 'B', role: 'candidate', input: { kind: 'pairwise', matrix: fromUpper([1 / 9], 2) } },
    ];
    const s = panelSummary(panel, ['cash', 'data']);
    expect(s.group).toEqual({ cash: expect.closeTo(0.5, 12), data: expect.closeTo(0.5, 12) }); // C4 deadlock
    expect(s.consensus.Sstar).toBeCloseTo(0, 9);
    expect(s.members.map((m) => m.cr)).toEqual([0, 0]);
    expect(s.contested).toEqual([{ i: 'cash', j: 'data', geoSd: expect.closeTo(22.3616, 4) }]);
  });

  it('property: identical members read S = Spanel = S* = 1 and W = 1', () => {
    fc.assert(
      fc.property(weightVectors(1, 1, 2, 8), fc.integer({ min: 2, max: 6 }), ([v], K) => {
        const dims = v!.map((_, i) => `d${i}`);
        const matrix = v!.map((a) => v!.map((b) => a / b));
        const panel: PanelMember[] = Array.from({ length: K }, (_, k) => ({
          name: `M${k}`,
          role: 'other',
          input: { kind: 'pairwise', matrix },
        }));
        const s = panelSummary(panel, dims);
        expect(s.consensus.S).toBeCloseTo(1, 9);
        expect(s.consensus.Spanel).toBeCloseTo(1, 9);
        expect(s.consensus.Sstar).toBeCloseTo(1, 9);
        expect(s.kendall.W).toBeCloseTo(1, 9);
        expect(s.spread.every((r) => !r.split)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('property: the summary is invariant to member order (group, consensus, W)', () => {
    fc.assert(
      fc.property(weightVectors(2, 6, 2, 7), fc.nat(), (vectors, seed) => {
        const dims = vectors[0]!.map((_, i) => `d${i}`);
        const panel: PanelMember[] = vectors.map((v, k) => ({
          name: `M${k}`,
          role: 'other',
          influence: 1 + (k % 3),
          input: { kind: 'weights', weights: sliders(v, dims) },
        }));
        const r = seed % panel.length;
        const a = panelSummary(panel, dims);
        const b = panelSummary([...panel.slice(r), ...panel.slice(0, r)], dims);
        dims.forEach((d) => expect(b.group[d]).toBeCloseTo(a.group[d]!, 12));
        expect(b.consensus.Spanel).toBeCloseTo(a.consensus.Spanel, 12);
        expect(b.kendall.W).toBeCloseTo(a.kendall.W, 12);
        expect(b.spread.map((x) => x.dimension)).toEqual(a.spread.map((x) => x.dimension));
      }),
      { numRuns: 200 },
    );
  });
});
