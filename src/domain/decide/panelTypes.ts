/** Shapes of the hiring-panel engine (decide.md §2.1). Fields beyond the spec are marked "added". */
import type { PanelRole } from '../schemas/panel';

/** One member's view: sliders, a ranking (→ rocWeights) or an AHP 1–9 pairwise matrix. */
export type PanelMemberInput =
  | { kind: 'weights'; weights: Record<string, number> }
  | { kind: 'ranking'; order: string[] }
  | { kind: 'pairwise'; matrix: number[][] };

export interface PanelMember {
  name: string;
  role: PanelRole;
  input: PanelMemberInput;
  influence?: number; // λ before normalization; default 1
}

export type ConsensusWord = 'very low' | 'low' | 'moderate' | 'high' | 'very high';
export type ConsensusVariant = 'ahpos2018' | 'goepel2013';

export interface Consensus {
  Halpha: number; // Σ_k λ_k H(w_k)
  Hgamma: number; // H(Σ_k λ_k w_k)
  Hbeta: number; // Hγ − Hα
  Dbeta: number; // exp(Hβ) ∈ [1, min(K, n)]
  S: number; // (1/Dβ − 1/n)/(1 − 1/n), AHP-OS relative homogeneity
  Spanel: number; // (1/Dβ − 1/m)/(1 − 1/m), m = min(K, n)
  Sstar?: number; // AHP consensus indicator (pairwise inputs only), chosen variant
  HalphaMin?: number;
  HgammaMax?: number; // of the chosen variant
  cor?: number; // exp(Hα,min − Hγ,max), chosen variant
  word: ConsensusWord; // of S* when present, else of Spanel (show it only for S*)
  /** added: the S* formula used ("auto": goepel2013 when K < n). */
  variant?: ConsensusVariant;
  /** added: S* with the current AHP-OS formula (Hγ,max = ln n), for comparison with AHP-OS. */
  SstarAhpos2018?: number;
  /** added: S* with the 2013 small-panel formula (equals the 2018 value when K ≥ n). */
  SstarGoepel2013?: number;
  /** added: panel size and criteria count. */
  K: number;
  n: number;
}

export type PanelMethod = 'AIJ' | 'AIP-geometric' | 'AIP-arithmetic';

export interface PanelMemberSummary {
  name: string;
  role: PanelRole;
  weights: Record<string, number>; // normalized priorities, keyed in dimension order
  cr?: number; // pairwise members only
  inconsistent: boolean; // cr > 0.10
  /** added: normalized influence λ_k and the kind of input. */
  influence: number;
  kind: PanelMemberInput['kind'];
}

export interface PanelSpread {
  dimension: string;
  min: number;
  max: number;
  group: number;
  split: boolean; // max − min ≥ 0.10, or members disagree about "in my top two"
}

export interface PanelDecision {
  member: string;
  scores: number[]; // in offer order, evaluateOffer with the member's weights
  pick: number; // index of the highest score (first on a tie)
}

export interface PanelSummary {
  members: PanelMemberSummary[];
  method: PanelMethod;
  group: Record<string, number>; // aggregated weights, Σ = 1
  consensus: Consensus;
  kendall: { W: number; chi2: number; df: number; rankSums: number[]; tieTerm: number }; // + rankSums, tieTerm
  similarity: number[][]; // K × K: S* of each pair for pairwise panels, else S
  spread: PanelSpread[]; // sorted by max − min, widest first
  contested?: { i: string; j: string; geoSd: number }[]; // AIJ only: top three
  decision?: PanelDecision[];
  /** added: the panel's dimensions, in order. */
  dimensions: string[];
  /** added: consistency of the aggregated (AIJ) matrix, Saaty RI. */
  groupCr?: number;
  /** added: the group profile's scores and pick, with offers and profile. */
  groupDecision?: { scores: number[]; pick: number };
}
