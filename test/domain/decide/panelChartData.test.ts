// @vitest-environment node
import fc from 'fast-check';
import {
  PANEL_MARKER_SHAPES,
  panelChartData,
  panelHeadline,
  panelSummary,
  type PanelMember,
} from '@/domain';
import { clusterOrder } from '@/domain/decide/panelHeatmapOrder';
import {
  C8_DIMENSIONS,
  C10_DIMENSIONS,
  c8Panel,
  c10Panel,
  castOffers,
  productionTrack,
  sliders,
  weightVectors,
} from './panelFixtures';

const OFFER_NAMES = ['Ours', 'Frontier lab', 'Applied-AI startup'];
const c10Chart = () =>
  panelChartData(panelSummary(c10Panel(), C10_DIMENSIONS, castOffers(), productionTrack()), {
    offerNames: OFFER_NAMES,
    labels: { cash: 'Cash', equity: 'Equity' },
  });

describe('panelChartData: the panel view as data (decide.md §2.5)', () => {
  it('C10: strips sorted by spread, one marker per member with color index and shape, candidate marked', () => {
    // Ranges (C10): cash .15–.35 (.20), equity/scope/data .10–.25 (.15), roadmap .05–.15 (.10),
    // commitment .10–.15 (.05). The candidate's own weights 20/15/20/25/5/15 are marked apart.
    const c = c10Chart();
    expect(c.strips.map((s) => s.dimension)).toEqual([
      'cash',
      'equity',
      'scope',
      'data',
      'roadmap',
      'commitment',
    ]);
    expect(c.strips.map((s) => Number(s.range.toFixed(2)))).toEqual([
      0.2, 0.15, 0.15, 0.15, 0.1, 0.05,
    ]);
    const cash = c.strips[0]!;
    expect(cash).toMatchObject({
      label: 'Cash',
      min: 0.15,
      max: 0.35,
      split: true,
      candidate: 0.2,
    });
    expect(cash.group).toBeCloseTo(0.2391, 4); // AIP-geo (C10)
    expect(cash.markers.map((m) => [m.member, m.shape, m.weight])).toEqual([
      [0, 'circle', 0.25],
      [1, 'square', 0.35],
      [2, 'triangle', 0.15],
      [3, 'diamond', 0.2],
    ]);
    expect(c.strips[2]!.label).toBe('scope'); // no label given: the id
    expect(c.strips.map((s) => s.candidate)).toEqual([0.2, 0.15, 0.2, 0.25, 0.05, 0.15]);
    // the largest weight anywhere is the recruiter's cash .35 → axis to .35
    expect(c.axisMax).toBeCloseTo(0.35, 12);
    expect(c.legend.map((l) => [l.name, l.roleLabel, l.shape])).toEqual([
      ['Hiring manager', 'hiring manager', 'circle'],
      ['Recruiter', 'recruiter', 'square'],
      ['Team lead', 'team lead', 'triangle'],
      ['Candidate', 'candidate', 'diamond'],
    ]);
    // group weights in dimension order (not spread order), summing to 1
    expect(c.groupWeights.map((g) => g.dimension)).toEqual(C10_DIMENSIONS);
    expect(c.groupWeights.reduce((s, g) => s + g.weight, 0)).toBeCloseTo(1, 12);
  });

  it('C10: the decision table says "all 4 views pick Frontier lab"', () => {
    const d = c10Chart().decision!;
    expect(d.members).toEqual(['Hiring manager', 'Recruiter', 'Team lead', 'Candidate']);
    expect(d.picks).toEqual([1, 1, 1, 1]);
    // Frontier lab row: 65.35 / 60.25 / 71.15 / 71.60 (C10)
    expect(d.offers[1]!.scores.map((x) => Number(x.toFixed(2)))).toEqual([
      65.35, 60.25, 71.15, 71.6,
    ]);
    expect(d.offers.map((o) => o.pickedBy.length)).toEqual([0, 4, 0]);
    expect(d.verdict).toEqual({
      unanimous: true,
      offer: 1,
      count: 4,
      total: 4,
      text: 'all 4 views pick Frontier lab',
    });
  });

  it('a split decision names the majority pick and the count; two members read "both views"', () => {
    // A member who weighs roadmap 90 of 100 picks the startup (roadmap 8 against 6 and 5):
    // its score ≥ 90 · 0.8 = 72 while the others score ≤ 90 · 0.6 + 10 = 64.
    const panel: PanelMember[] = [
      ...c10Panel().slice(0, 2),
      {
        name: 'Roadmap fan',
        role: 'other',
        input: { kind: 'weights', weights: sliders([2, 2, 2, 2, 90, 2]) },
      },
    ];
    const s = panelSummary(panel, C10_DIMENSIONS, castOffers(), productionTrack());
    const d = panelChartData(s, { offerNames: OFFER_NAMES }).decision!;
    expect(d.picks).toEqual([1, 1, 2]);
    expect(d.offers[2]!.pickedBy).toEqual(['Roadmap fan']);
    expect(d.verdict).toMatchObject({ unanimous: false, offer: 1, count: 2, total: 3 });
    expect(d.verdict.text).toBe('2 of 3 views pick Frontier lab');
    const pair = panelSummary(
      c10Panel().slice(0, 2),
      C10_DIMENSIONS,
      castOffers(),
      productionTrack(),
    );
    expect(panelChartData(pair).decision!.verdict.text).toBe('both views pick Offer 2'); // default name
  });

  it('no decision table without offers and profile; no heatmap below three members', () => {
    const two = panelChartData(panelSummary(c10Panel().slice(0, 2), C10_DIMENSIONS));
    expect(two.decision).toBeNull();
    expect(two.heatmap).toBeNull();
    expect(two.contested).toEqual([]); // sliders: no AIJ, no contested judgments
  });

  it('C10: the heatmap (K = 4) puts the most similar members side by side', () => {
    // Pairwise S: HM–TL .9803 (highest) → joined first; then the candidate (average with HM and
    // TL (.9724 + .9747)/2 = .9735 beats the recruiter's (.9715 + .9156)/2 = .9436 and the
    // candidate–recruiter .9431); the candidate sits next to TL, its nearer end; recruiter last.
    const h = c10Chart().heatmap!;
    expect(h.order).toEqual([0, 2, 3, 1]);
    expect(h.names).toEqual(['Hiring manager', 'Team lead', 'Candidate', 'Recruiter']);
    expect(h.values[0]![1]).toBeCloseTo(0.98031, 5);
    expect(h.values.map((r, i) => r[i])).toEqual([1, 1, 1, 1]);
    expect(h.min).toBeCloseTo(0.915634, 6); // recruiter–team lead (C10)
  });

  it('C8: the pairwise headline shows S* with its word; AIJ lists the three most contested judgments', () => {
    const c = panelChartData(panelSummary(c8Panel(), C8_DIMENSIONS), { labels: { cash: 'Cash' } });
    expect(c.headline.method).toBe('AIJ');
    expect(c.headline.consensus).toMatchObject({ measure: 'S*', word: 'moderate' });
    expect(c.headline.consensus.value).toBeCloseTo(0.705084, 6);
    expect(c.headline.consensus.legend).toBeUndefined();
    expect(c.headline.consensus.formula).toContain('= 0.7051 (small-panel formula, K < n');
    expect(c.headline.consensus.formula).toContain('AHP-OS would show 0.7441'); // 2018 value
    expect(c.headline.homogeneity.value).toBeCloseTo(0.855781, 6);
    // geoSd: cash–data 4.232957 (see panelSummary C8), cash–scope: ln 1, ln 3, ln(1/3) → sd ln 3 → 3
    expect(c.contested.map((x) => [x.iLabel, x.jLabel, Number(x.geoSd.toFixed(4))])).toEqual([
      ['Cash', 'data', 4.233],
      ['Cash', 'scope', 3],
      ['Cash', 'equity', 2.5589],
    ]);
    expect(c.heatmap!.names).toEqual(['hiringManager', 'recruiter', 'candidate']);
  });

  it('C10: the slider headline shows Spanel with "1 = identical weights", no word, and W with its numbers', () => {
    const h = panelHeadline(panelSummary(c10Panel(), C10_DIMENSIONS));
    expect(h.consensus).toMatchObject({ measure: 'Spanel', legend: '1 = identical weights' });
    expect(h.consensus.word).toBeUndefined();
    expect(h.consensus.value).toBeCloseTo(0.933529, 6);
    expect(h.consensus.formula).toBe(
      'Spanel = (1/Dβ − 1/m)/(1 − 1/m), m = min(K, n) = 4: (1/1.052469 − 1/4)/(1 − 1/4) = 0.9335',
    );
    expect(h.homogeneity.formula).toBe(
      'S = (1/Dβ − 1/n)/(1 − 1/n) = (1/1.052469 − 1/6)/(1 − 1/6) = 0.9402',
    );
    // rank sums 8, 16, 10.5, 11, 18, 20.5 → ΣR² = 1295.5; tie term 114 (C10)
    expect(h.kendall).toMatchObject({ K: 4, n: 6, df: 5 });
    expect(h.kendall.formula).toBe(
      'W = (12 ΣR² − 3K²n(n+1)²)/(K²n(n²−1) − K·T) = (12·1295.5 − 3·4²·6·7²)/(4²·6·35 − 4·114) = 0.4938; χ² = 9.876, df 5',
    );
    expect(h.methodLabel).toMatch(/^AIP-geometric: /);
  });

  it('shapes cycle after the last one, and the candidate marker can be given or turned off', () => {
    const dims = ['a', 'b'];
    const panel: PanelMember[] = Array.from({ length: PANEL_MARKER_SHAPES.length + 1 }, (_, k) => ({
      name: `M${k}`,
      role: 'other',
      input: { kind: 'weights', weights: { a: k + 1, b: 1 } },
    }));
    const s = panelSummary(panel, dims);
    const c = panelChartData(s);
    expect(c.legend.at(-1)!.shape).toBe(PANEL_MARKER_SHAPES[0]);
    expect(c.strips.every((x) => x.candidate === null)).toBe(true); // nobody's role is candidate
    const given = panelChartData(s, { candidate: { a: 0.9, b: 0.1 } });
    expect(given.strips.find((x) => x.dimension === 'a')!.candidate).toBe(0.9);
    expect(given.axisMax).toBeCloseTo(0.9, 12); // max weight 8/9 = .889 and the candidate's .9
    const off = panelChartData(panelSummary(c10Panel(), C10_DIMENSIONS), { candidate: null });
    expect(off.strips.every((x) => x.candidate === null)).toBe(true);
  });
});

describe('clusterOrder: heatmap order with clusters on the diagonal', () => {
  it('two blocks {0, 2} and {1, 3} end up next to each other', () => {
    const sim = [
      [1, 0.2, 0.9, 0.3],
      [0.2, 1, 0.25, 0.85],
      [0.9, 0.25, 1, 0.2],
      [0.3, 0.85, 0.2, 1],
    ];
    // 0–2 (.9) join first, then 1–3 (.85 beats the block averages .225 and .25); the second
    // block's nearer end goes next to 2, the first block's last member: sim(2, 1) = .25 >
    // sim(2, 3) = .2 → [0, 2, 1, 3].
    expect(clusterOrder(sim)).toEqual([0, 2, 1, 3]);
  });

  it('property: the order is a permutation of the members', () => {
    fc.assert(
      fc.property(weightVectors(3, 7, 2, 6), (vectors) => {
        const dims = vectors[0]!.map((_, i) => `d${i}`);
        const panel: PanelMember[] = vectors.map((v, k) => ({
          name: `M${k}`,
          role: 'other',
          input: { kind: 'weights', weights: sliders(v, dims) },
        }));
        const h = panelChartData(panelSummary(panel, dims)).heatmap!;
        expect([...h.order].sort((a, b) => a - b)).toEqual(vectors.map((_, k) => k));
        expect(h.values.every((r, i) => r.every((x, j) => x === h.values[j]![i]))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
