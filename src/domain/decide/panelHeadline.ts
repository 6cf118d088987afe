/** The panel's headline figures, each with its formula and numbers filled in (§2.5 point 2). */
import type { ConsensusWord, PanelMethod, PanelSummary } from './panelTypes';

export const PANEL_METHOD_LABELS: Readonly<Record<PanelMethod, string>> = {
  AIJ: 'AIJ: geometric mean of the members’ judgments',
  'AIP-geometric': 'AIP-geometric: geometric mean of the members’ weights',
  'AIP-arithmetic': 'AIP-arithmetic: average of the members’ weights',
};

/** A figure for display: no more than `digits` decimals, no trailing zeros. */
export const figure = (x: number, digits = 4): string => String(Number(x.toFixed(digits)));

export interface PanelHeadline {
  method: PanelMethod;
  methodLabel: string;
  /** S* with its word for pairwise panels; Spanel with "1 = identical weights" otherwise. */
  consensus: {
    measure: 'S*' | 'Spanel';
    value: number;
    word?: ConsensusWord;
    legend?: string;
    formula: string;
  };
  /** S as AHP-OS reports it, always alongside. */
  homogeneity: { value: number; formula: string };
  kendall: { W: number; K: number; n: number; chi2: number; df: number; formula: string };
}

export function panelHeadline(summary: PanelSummary): PanelHeadline {
  const c = summary.consensus;
  const { K, n, Dbeta } = c;
  const d = figure(Dbeta, 6);
  const consensus: PanelHeadline['consensus'] =
    c.Sstar !== undefined && c.cor !== undefined
      ? {
          measure: 'S*',
          value: c.Sstar,
          word: c.word,
          formula:
            `S* = (1/Dβ − cor)/(1 − cor) = (1/${d} − ${figure(c.cor, 6)})/(1 − ${figure(c.cor, 6)}) = ${figure(c.Sstar)}` +
            ` (${c.variant === 'goepel2013' ? 'small-panel formula, K < n' : 'AHP-OS formula'};` +
            ` AHP-OS would show ${figure(c.SstarAhpos2018 ?? c.Sstar)})`,
        }
      : {
          measure: 'Spanel',
          value: c.Spanel,
          legend: '1 = identical weights',
          formula: `Spanel = (1/Dβ − 1/m)/(1 − 1/m), m = min(K, n) = ${Math.min(K, n)}: (1/${d} − 1/${Math.min(K, n)})/(1 − 1/${Math.min(K, n)}) = ${figure(c.Spanel)}`,
        };
  const k = summary.kendall;
  const sumSq = k.rankSums.reduce((s, r) => s + r * r, 0);
  return {
    method: summary.method,
    methodLabel: PANEL_METHOD_LABELS[summary.method],
    consensus,
    homogeneity: {
      value: c.S,
      formula: `S = (1/Dβ − 1/n)/(1 − 1/n) = (1/${d} − 1/${n})/(1 − 1/${n}) = ${figure(c.S)}`,
    },
    kendall: {
      W: k.W,
      K,
      n,
      chi2: k.chi2,
      df: k.df,
      formula:
        `W = (12 ΣR² − 3K²n(n+1)²)/(K²n(n²−1) − K·T) = (12·${figure(sumSq)} − 3·${K}²·${n}·${n + 1}²)` +
        `/(${K}²·${n}·${n * n - 1} − ${K}·${figure(k.tieTerm)}) = ${figure(k.W)}; χ² = ${figure(k.chi2, 3)}, df ${k.df}`,
    },
  };
}
