// @vitest-environment node
import fc from 'fast-check';
import { ahp, consensusIndex, consensusWord, hAlphaMin, hGammaMax } from '@/domain';
import {
  C8_UPPER,
  C10_WEIGHTS,
  fromUpper,
  influences,
  pairwisePanels,
  weightVectors,
} from './panelFixtures';

/** K members over n criteria, member k putting criterion k M = 9 times above each other one. */
const extremes = (K: number, n: number) =>
  Array.from({ length: K }, (_, k) =>
    Array.from({ length: n }, (_, j) => (j === k ? 9 : 1) / (n + 8)),
  );

describe('consensusIndex: decide.md §2.4 and §2.8', () => {
  describe('C3: the AHP-OS validation cases', () => {
    it('one criterion 9× all others, n = 4, gives w = 9/12 = 0.75', () => {
      // consistent matrix a_1j = 9 (j ≠ 1), a_ij = 1 otherwise: w = 9/(9 + 3) = 0.75
      const m = fromUpper([9, 9, 9, 1, 1, 1], 4);
      expect(ahp(m).weights[0]).toBeCloseTo(0.75, 9);
      expect(extremes(1, 4)[0]![0]).toBe(0.75);
    });

    it('K = n = 4, each putting a different criterion 9× above the rest: S* = 0, S = 0.436467', () => {
      // Hα = −(.75 ln .75 + 3 · (1/12) ln(1/12)) = 0.836988 = Hα,min(4, 9); Hγ = ln 4 = 1.386294;
      // Dβ = exp(1.386294 − 0.836988) = √3 = 1.732051; cor = exp(0.836988 − 1.386294) = 0.577350
      // = 1/√3, so S* = (1/√3 − 1/√3)/(1 − 1/√3) = 0; S = (0.577350 − .25)/.75 = 0.436467.
      const c = consensusIndex(extremes(4, 4), { scaleMax: 9 });
      expect(c.Halpha).toBeCloseTo(0.836988, 6);
      expect(c.HalphaMin).toBeCloseTo(0.836988, 6);
      expect(c.Hgamma).toBeCloseTo(Math.log(4), 12);
      expect(c.Dbeta).toBeCloseTo(Math.sqrt(3), 12);
      expect(c.cor).toBeCloseTo(0.57735, 6);
      expect(c.Sstar).toBeCloseTo(0, 12);
      expect(c.S).toBeCloseTo(0.436467, 6);
      expect(c.variant).toBe('ahpos2018'); // K ≥ n: the two formulas agree
      expect(c.SstarGoepel2013).toBeCloseTo(0, 12);
      expect(c.word).toBe('very low');
    });

    it('K = 4 < n = 6: S* = 0.130252 with the 2018 formula, 0 with the 2013 one; S = 0.549378', () => {
      // Hα = Hα,min(6, 9) = −(9/14) ln(9/14) − 5 (1/14) ln(1/14) = 1.226556; Hγ,max(2018) = ln 6;
      // Hγ,max(2013) = −2 b ln b − 4 a ln a, b = 1/14, a = 12/56 = Hγ of the four extremes, so
      // the 2013 cor equals 1/Dβ exactly and S* = 0; 2018: cor = exp(1.226556 − 1.791759) = .568249,
      // 1/Dβ = exp(−0.470834) = .624481, S* = (.624481 − .568249)/(1 − .568249) = 0.130252.
      const c = consensusIndex(extremes(4, 6), { scaleMax: 9 });
      expect(c.variant).toBe('goepel2013');
      expect(c.Sstar).toBeCloseTo(0, 12);
      expect(c.SstarAhpos2018).toBeCloseTo(0.130252, 6);
      expect(c.S).toBeCloseTo(0.549378, 6);
      expect(
        consensusIndex(extremes(4, 6), { scaleMax: 9, variant: 'ahpos2018' }).Sstar,
      ).toBeCloseTo(0.130252, 6);
      expect(consensusWord(0.130252)).toBe('very low');
    });

    it('sliders, four members each putting 100% on a different dimension (n = 6): S = 0.1, Spanel = 0', () => {
      // Hα = 0, Hγ = ln 4, Dβ = 4: S = (1/4 − 1/6)/(5/6) = 0.1; Spanel: m = min(4, 6) = 4,
      // (1/4 − 1/4)/(3/4) = 0.
      const c = consensusIndex(
        Array.from({ length: 4 }, (_, k) => Array.from({ length: 6 }, (_, j) => (j === k ? 1 : 0))),
      );
      expect(c.Dbeta).toBeCloseTo(4, 12);
      expect(c.S).toBeCloseTo(0.1, 12);
      expect(c.Spanel).toBeCloseTo(0, 12);
      expect(c.Sstar).toBeUndefined();
    });
  });

  it('C4: opposite priorities 0.9/0.1 and 0.1/0.9 give S* = 0, "very low"', () => {
    // Hα = −(.9 ln .9 + .1 ln .1) = 0.325083 = Hα,min(2, 9) (9/10 and 1/10); Hγ = ln 2;
    // cor = exp(0.325083 − 0.693147) = 1/Dβ, so S* = 0.
    const c = consensusIndex(
      [
        [0.9, 0.1],
        [0.1, 0.9],
      ],
      { scaleMax: 9 },
    );
    expect(c.Halpha).toBeCloseTo(0.325083, 6);
    expect(c.HalphaMin).toBeCloseTo(0.325083, 6);
    expect(c.Hgamma).toBeCloseTo(Math.log(2), 12);
    expect(c.Sstar).toBeCloseTo(0, 12);
    expect(c.word).toBe('very low');
  });

  it('C5: Jost’s tundra samples (60/40 and 80/20)', () => {
    // Hα = (H(.6,.4) + H(.8,.2))/2 = (0.673012 + 0.500402)/2 = 0.586707; Hγ = H(.7,.3) = 0.610864;
    // Hβ = 0.024157; Dβ = 1.024451; S = (1/1.024451 − 1/2)/(1/2) = 0.952264.
    const c = consensusIndex([
      [0.6, 0.4],
      [0.8, 0.2],
    ]);
    expect(c.Halpha).toBeCloseTo(0.586707, 6);
    expect(c.Hgamma).toBeCloseTo(0.610864, 6);
    expect(c.Hbeta).toBeCloseTo(0.024157, 6);
    expect(c.Dbeta).toBeCloseTo(1.024451, 6);
    expect(c.S).toBeCloseTo(0.952264, 6);
  });

  it('C8: the pairwise panel reads S* = 0.705084 (2013, K = 3 < n = 4), 0.744081 (2018), S = 0.855781', () => {
    // Member priorities from ahp; Dβ = exp(Hγ − Hα) = 1.121282; Hα,min(4, 9) = 0.836988;
    // Hγ,max(2013) = −1·b ln b − 3·a ln a, b = 1/12, a = 11/36 → cor = .633238, S* = 0.705084;
    // Hγ,max(2018) = ln 4 → cor = .577350, S* = 0.744081 ("moderate" both).
    const vectors = Object.values(C8_UPPER).map((u) => ahp(fromUpper(u, 4)).weights);
    const c = consensusIndex(vectors, { scaleMax: 9 });
    expect(c.Sstar).toBeCloseTo(0.705084, 6);
    expect(c.SstarAhpos2018).toBeCloseTo(0.744081, 6);
    expect(c.S).toBeCloseTo(0.855781, 6);
    expect(c.word).toBe('moderate');
    expect(consensusWord(c.SstarAhpos2018!)).toBe('moderate');
  });

  it('C10: the slider panel: S = 0.940176, Spanel = 0.933529', () => {
    // Dβ = 1.052469 (Hβ = 0.051139): S = (0.950148 − 1/6)/(5/6); Spanel = (0.950148 − 1/4)/(3/4).
    const c = consensusIndex(C10_WEIGHTS.map(([, , w]) => w));
    expect(c.S).toBeCloseTo(0.940176, 6);
    expect(c.Spanel).toBeCloseTo(0.933529, 6);
    expect(c.Sstar).toBeUndefined();
  });

  it('uses the AHP-OS code’s word thresholds 50 / 62.5 / 75 / 87.5', () => {
    expect(
      [0, 0.5, 0.5001, 0.625, 0.6251, 0.75, 0.7501, 0.875, 0.8751, 1].map(consensusWord),
    ).toEqual([
      'very low',
      'very low',
      'low',
      'low',
      'moderate',
      'moderate',
      'high',
      'high',
      'very high',
      'very high',
    ]);
  });

  it('implements Hα,min and Hγ,max as written', () => {
    // n = 6, M = 9: −(9/14) ln(9/14) − (5/14) ln(1/14); 2013 with K = 4: b = 1/14, a = 12/56
    expect(hAlphaMin(6, 9)).toBeCloseTo(
      -(9 / 14) * Math.log(9 / 14) - (5 / 14) * Math.log(1 / 14),
      12,
    );
    const b = 1 / 14;
    const a = 12 / 56;
    expect(hGammaMax(6, 9, 4, 'goepel2013')).toBeCloseTo(
      -2 * b * Math.log(b) - 4 * a * Math.log(a),
      12,
    );
    expect(hGammaMax(6, 9, 4, 'ahpos2018')).toBe(Math.log(6));
    expect(hGammaMax(4, 9, 4, 'goepel2013')).toBeCloseTo(Math.log(4), 12); // identical for K ≥ n
    expect(hGammaMax(4, 9, 7, 'goepel2013')).toBe(Math.log(4));
  });

  it('weights the partition by influence λ', () => {
    // λ = (.75, .25) on (.6, .4) and (.8, .2): Hα = .75 H(.6,.4) + .25 H(.8,.2); w̄ = (.65, .35)
    const c = consensusIndex(
      [
        [0.6, 0.4],
        [0.8, 0.2],
      ],
      { memberWeights: [3, 1] },
    );
    const H = (p: number) => -p * Math.log(p) - (1 - p) * Math.log(1 - p);
    expect(c.Halpha).toBeCloseTo(0.75 * H(0.6) + 0.25 * H(0.8), 12);
    expect(c.Hgamma).toBeCloseTo(H(0.65), 12);
  });

  it('edge cases: K = 1 throws, n = 2 works, unnormalized weights are normalized', () => {
    expect(() => consensusIndex([[0.5, 0.5]])).toThrow('needs at least two members');
    expect(() => consensusIndex([[1], [1]])).toThrow(/at least two dimensions/);
    expect(() =>
      consensusIndex(
        [
          [1, 1],
          [1, 2],
        ],
        { scaleMax: 1 },
      ),
    ).toThrow(/scaleMax/);
    const scaled = consensusIndex([
      [6, 4],
      [80, 20],
    ]);
    expect(scaled.S).toBeCloseTo(0.952264, 6);
  });

  it('property: S, Spanel and S* are 1 for identical members', () => {
    fc.assert(
      fc.property(weightVectors(1, 1, 2, 9), fc.integer({ min: 2, max: 8 }), ([v], K) => {
        const c = consensusIndex(
          Array.from({ length: K }, () => [...v!]),
          { scaleMax: 9 },
        );
        expect(c.Dbeta).toBeCloseTo(1, 12);
        expect(c.S).toBeCloseTo(1, 12);
        expect(c.Spanel).toBeCloseTo(1, 12);
        expect(c.Sstar).toBeCloseTo(1, 12);
        expect(c.word).toBe('very high');
      }),
      { numRuns: 300 },
    );
  });

  it('property: Dβ lies in [1, min(K, n)], S and Spanel in [0, 1], invariant to member order', () => {
    fc.assert(
      fc.property(
        weightVectors(2, 7, 2, 8).chain((vs) => fc.tuple(fc.constant(vs), influences(vs.length))),
        ([vectors, memberWeights]) => {
          const c = consensusIndex(vectors, { memberWeights, scaleMax: 9 });
          const m = Math.min(vectors.length, vectors[0]!.length);
          expect(c.Dbeta).toBeGreaterThanOrEqual(1);
          expect(c.Dbeta).toBeLessThanOrEqual(m + 1e-9);
          expect(c.Spanel).toBeGreaterThanOrEqual(-1e-9);
          expect(c.Spanel).toBeLessThanOrEqual(1);
          expect(c.S).toBeGreaterThanOrEqual(c.Spanel - 1e-12); // 1/n ≤ 1/m
          const reversed = consensusIndex([...vectors].reverse(), {
            memberWeights: [...memberWeights].reverse(),
            scaleMax: 9,
          });
          expect(reversed.Sstar).toBeCloseTo(c.Sstar!, 12);
          expect(reversed.Spanel).toBeCloseTo(c.Spanel, 12);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: S* of 1–9 pairwise panels is at most 1, and the small-panel value never exceeds the 2018 one', () => {
    fc.assert(
      fc.property(pairwisePanels(2, 6, 3, 7), (matrices) => {
        const c = consensusIndex(
          matrices.map((m) => ahp(m).weights),
          { scaleMax: 9 },
        );
        expect(c.Sstar!).toBeLessThanOrEqual(1 + 1e-12);
        // the 2013 cor is ≥ the 2018 cor (Hγ,max ≤ ln n), so the small-panel S* reads lower
        expect(c.Sstar!).toBeLessThanOrEqual(c.SstarAhpos2018! + 1e-12);
      }),
      { numRuns: 200 },
    );
  });
});
