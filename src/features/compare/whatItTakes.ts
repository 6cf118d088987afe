import {
  breakEvenBase,
  weightFlipPoints,
  type OfferSummary,
  type WorkspaceSummary,
} from '@/domain';
import { formatMoney } from '@/components/format';
import { mustHaveText, signedPoints, type LabelOf } from './labels';

export interface WhatItTakesModel {
  your: OfferSummary;
  rival: OfferSummary;
  /** Your score − the rival's, in points; null when either cannot be scored. */
  gap: number | null;
  gapText: string;
  /** Whole currency units to add to your base (rounded up so the score does reach the rival's). */
  breakEven: number | null;
  breakEvenText: string;
  /** "If Data access mattered 35% instead of 20%, your offer would lead" */
  flips: string[];
  /** Must-haves your offer misses under this profile (the break-even is about scores only). */
  missed: string[];
}

function attempt<T>(run: () => T): T | null {
  try {
    return run();
  } catch {
    return null;
  }
}

/** A whole percentage just past the tie point, on the side where the order flips. */
function pastTie(tie: number, current: number): number | null {
  const shown = tie > current ? Math.floor(tie * 100) + 1 : Math.ceil(tie * 100) - 1;
  return shown < 0 || shown > 100 ? null : shown;
}

/** The hiring manager's question: what does it take for your offer to beat the rival for this candidate? */
export function buildWhatItTakes(
  summary: WorkspaceSummary,
  yourId: string,
  rivalId: string,
  fxRates: Record<string, number>,
  labelOf: LabelOf,
): WhatItTakesModel | null {
  const your = summary.offers.find((s) => s.offer.id === yourId);
  const rival = summary.offers.find((s) => s.offer.id === rivalId);
  if (!your || !rival || your === rival) return null;
  const currency = your.modeled.currency;
  const missed = (your.evaluation?.failedConstraints ?? []).map((c) =>
    mustHaveText(c, labelOf, summary.profile.currency),
  );

  if (!your.evaluation || !rival.evaluation) {
    const error = your.error ?? rival.error ?? 'This pair cannot be scored.';
    return {
      your,
      rival,
      gap: null,
      gapText: error,
      breakEven: null,
      breakEvenText: '',
      flips: [],
      missed,
    };
  }

  const gap = your.evaluation.score - rival.evaluation.score;
  const gapText =
    Math.abs(gap) < 0.05
      ? `Your offer ties the rival at ${your.evaluation.score.toFixed(1)} points.`
      : gap > 0
        ? `Your offer leads by ${signedPoints(gap).slice(1)} points (${your.evaluation.score.toFixed(1)} vs ${rival.evaluation.score.toFixed(1)}).`
        : `Your offer trails by ${signedPoints(gap).slice(1)} points (${your.evaluation.score.toFixed(1)} vs ${rival.evaluation.score.toFixed(1)}).`;

  const options = { fxRates };
  const raw = attempt(() => breakEvenBase(your.modeled, rival.modeled, summary.profile, options));
  const breakEven = raw === null ? null : Math.ceil(raw);
  const breakEvenText =
    breakEven === null
      ? 'No base raise can close the gap: the rival wins on what money cannot buy for this candidate.'
      : breakEven === 0
        ? 'Your offer already scores at least as high as the rival.'
        : `Raise base by ${formatMoney(breakEven, currency)} to ${formatMoney(your.modeled.cash.base + breakEven, currency)} to match.`;

  const yourLeads = gap >= 0;
  const weights = new Map(your.evaluation.contributions.map((c) => [c.dimension, c.weight]));
  const flipPoints =
    attempt(() => weightFlipPoints(your.modeled, rival.modeled, summary.profile, options)) ?? {};
  // At a tie any shift decides it, so listing shifts says nothing; otherwise the smallest shifts first.
  const tied = Math.abs(gap) < 0.05;
  const flips = Object.entries(flipPoints)
    .flatMap(([dimension, tie]) => {
      const current = weights.get(dimension);
      if (tied || tie === null || current === undefined) return [];
      const shown = pastTie(tie, current);
      if (shown === null) return [];
      const who = yourLeads ? 'the rival would lead' : 'your offer would lead';
      const text = `If ${labelOf(dimension)} mattered ${shown}% instead of ${Math.round(current * 100)}%, ${who}.`;
      return [{ text, shift: Math.abs(shown / 100 - current) }];
    })
    .sort((a, b) => a.shift - b.shift)
    .map((f) => f.text);

  return { your, rival, gap, gapText, breakEven, breakEvenText, flips, missed };
}
