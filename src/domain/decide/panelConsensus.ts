/**
 * Agreement of a panel by the Shannon entropy partition (Goepel 2013/2018 after Jost 2007) and the
 * AHP consensus indicator S* (decide.md §2.4).
 */
import { entropy, memberLambdas, normalizedVectors, plogp } from './panelMath';
import type { Consensus, ConsensusVariant, ConsensusWord } from './panelTypes';

export interface ConsensusOptions {
  /** Maximum of the judgment scale (9 for Saaty's); null (default): no S* (weights input). */
  scaleMax?: number | null;
  /** S* formula; "auto" (default): goepel2013 when K < n, else ahpos2018 (identical for K ≥ n). */
  variant?: ConsensusVariant | 'auto';
  memberWeights?: number[];
}

/**
 * H_alpha,min(n, M): one criterion M times more important than all others (AHP-OS hamin()):
 * −(M/(n+M−1)) ln(M/(n+M−1)) − ((n−1)/(n+M−1)) ln(1/(n+M−1)).
 */
export function hAlphaMin(n: number, M: number): number {
  const d = n + M - 1;
  return plogp(M / d) + (n - 1) * plogp(1 / d);
}

/**
 * H_gamma,max: ln n (ahpos2018, paper eq. 18); for goepel2013 with K < n, the entropy of the mean
 * of K members each putting a different criterion M times above the rest:
 * −(n−K)·b ln b − K·a ln a, b = 1/(n+M−1), a = (K+M−1)/(K(n+M−1)).
 */
export function hGammaMax(n: number, M: number, K: number, variant: ConsensusVariant): number {
  if (variant === 'ahpos2018' || K >= n) return Math.log(n);
  const b = 1 / (n + M - 1);
  const a = (K + M - 1) / (K * (n + M - 1));
  return (n - K) * plogp(b) + K * plogp(a);
}

/** S* = (1/Dβ − cor)/(1 − cor), cor = exp(Hα,min − Hγ,max). */
function sStar(dBeta: number, halphaMin: number, hgammaMax: number) {
  const cor = Math.exp(halphaMin - hgammaMax);
  return { cor, value: (1 / dBeta - cor) / (1 - cor) };
}

/**
 * The AHP-OS code's words (`consensusWording`), on a percentage c: ≤ 50 very low, ≤ 62.5 low,
 * ≤ 75 moderate, ≤ 87.5 high, above that very high. Calibrated on S*; always show the number too.
 */
export function consensusWord(value: number): ConsensusWord {
  const c = 100 * value;
  if (c <= 50) return 'very low';
  if (c <= 62.5) return 'low';
  if (c <= 75) return 'moderate';
  if (c <= 87.5) return 'high';
  return 'very high';
}

/**
 * Hα = Σ_k λ_k H(w_k); w̄ = Σ_k λ_k w_k, Hγ = H(w̄); Hβ = Hγ − Hα; Dβ = exp(Hβ);
 * S = (1/Dβ − 1/n)/(1 − 1/n); Spanel = (1/Dβ − 1/m)/(1 − 1/m), m = min(K, n); S* with scaleMax.
 */
export function consensusIndex(vectors: number[][], options?: ConsensusOptions): Consensus {
  if (!Array.isArray(vectors) || vectors.length < 2)
    throw new Error('consensusIndex needs at least two members');
  const w = normalizedVectors(vectors, 'priority vectors');
  const K = w.length;
  const n = w[0]!.length;
  if (n < 2) throw new Error('consensusIndex needs at least two dimensions');
  const lambda = memberLambdas(K, options?.memberWeights);
  let Halpha = 0;
  const mean = new Array<number>(n).fill(0);
  w.forEach((v, k) => {
    Halpha += lambda[k]! * entropy(v);
    v.forEach((x, j) => (mean[j]! += lambda[k]! * x));
  });
  const Hgamma = entropy(mean);
  const Hbeta = Math.max(0, Hgamma - Halpha); // ≥ 0 by concavity; clamps rounding noise
  const Dbeta = Math.exp(Hbeta);
  const m = Math.min(K, n);
  const S = (1 / Dbeta - 1 / n) / (1 - 1 / n);
  const Spanel = (1 / Dbeta - 1 / m) / (1 - 1 / m);
  const base = { Halpha, Hgamma, Hbeta, Dbeta, S, Spanel, K, n };
  const M = options?.scaleMax ?? null;
  if (M === null) return { ...base, word: consensusWord(Spanel) };
  if (!Number.isFinite(M) || !(M > 1)) throw new Error('scaleMax must be a finite number > 1');
  const requested = options?.variant ?? 'auto';
  const variant: ConsensusVariant =
    requested === 'auto' ? (K < n ? 'goepel2013' : 'ahpos2018') : requested;
  const HalphaMin = hAlphaMin(n, M);
  const HgammaMax = hGammaMax(n, M, K, variant);
  const chosen = sStar(Dbeta, HalphaMin, HgammaMax);
  const v2018 = sStar(Dbeta, HalphaMin, hGammaMax(n, M, K, 'ahpos2018')).value;
  const v2013 = sStar(Dbeta, HalphaMin, hGammaMax(n, M, K, 'goepel2013')).value;
  return {
    ...base,
    Sstar: chosen.value,
    HalphaMin,
    HgammaMax,
    cor: chosen.cor,
    word: consensusWord(chosen.value),
    variant,
    SstarAhpos2018: v2018,
    SstarGoepel2013: v2013,
  };
}
