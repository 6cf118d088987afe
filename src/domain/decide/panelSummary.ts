/** Everything the panel view shows, computed once (decide.md §2.1–§2.6). */
import type { Offer } from '../schemas/offer';
import type { Profile } from '../schemas/profile';
import { aggregateJudgments, aggregatePriorities } from './panelAggregate';
import { kendallW, ranksFromWeights, similarityMatrix } from './panelAgreement';
import { consensusIndex } from './panelConsensus';
import { scoreUnderWeights } from './panelDecision';
import { memberPriorities, validatePanel } from './panelInput';
import { keyed, memberLambdas } from './panelMath';
import { mostContested, panelSpread } from './panelSpread';
import type { PanelMember, PanelMethod, PanelSummary } from './panelTypes';

export interface PanelSummaryOptions {
  /**
   * "auto" (default): AIJ when every member gave pairwise judgments; otherwise AIP-geometric, or
   * AIP-arithmetic when some member gives a dimension weight 0 (geometric means need every w > 0).
   */
  aggregation?: 'auto' | PanelMethod;
  /** Judgment scale maximum for S* (pairwise panels); default 9, Saaty's fundamental scale. */
  scaleMax?: number;
  /** Money conversion for the decision table, as evaluateOffer. */
  fxRates?: Record<string, number>;
}

function chooseMethod(
  requested: PanelSummaryOptions['aggregation'],
  allPairwise: boolean,
  hasZero: boolean,
): PanelMethod {
  if (requested === 'AIJ' && !allPairwise)
    throw new Error('AIJ needs pairwise judgments from every member; use AIP-geometric');
  if (requested && requested !== 'auto') return requested;
  if (allPairwise) return 'AIJ';
  return hasZero ? 'AIP-arithmetic' : 'AIP-geometric';
}

/**
 * Members' priorities, the group weights (method named), consensus (S* for pairwise panels),
 * Kendall's W, the similarity matrix, spreads with split flags, contested judgments (AIJ) and,
 * with offers and profile, the decision table.
 */
export function panelSummary(
  panel: PanelMember[],
  dimensions: string[],
  offers?: Offer[],
  profile?: Profile,
  options?: PanelSummaryOptions,
): PanelSummary {
  validatePanel(panel, dimensions);
  const priorities = panel.map((m) => memberPriorities(m, dimensions));
  const vectors = priorities.map((p) => p.weights);
  const lambda = memberLambdas(
    panel.length,
    panel.map((m) => m.influence ?? 1),
  );
  const allPairwise = panel.every((m) => m.input.kind === 'pairwise');
  const hasZero = vectors.some((v) => v.some((x) => x === 0));
  const method = chooseMethod(options?.aggregation, allPairwise, hasZero);

  let group: number[];
  let groupCr: number | undefined;
  let contested: PanelSummary['contested'];
  if (method === 'AIJ') {
    const aij = aggregateJudgments(
      priorities.map((p) => p.matrix!),
      { memberWeights: lambda },
    );
    group = aij.weights;
    groupCr = aij.cr;
    contested = mostContested(dimensions, aij.geoSd);
  } else {
    group = aggregatePriorities(vectors, {
      memberWeights: lambda,
      mean: method === 'AIP-arithmetic' ? 'arithmetic' : 'geometric',
      labels: { members: panel.map((m) => m.name), dimensions },
    });
  }

  const scaleMax = allPairwise ? (options?.scaleMax ?? 9) : null;
  const consensus = consensusIndex(vectors, { scaleMax, memberWeights: lambda });
  const { W, chi2, df, rankSums, tieTerm } = kendallW(vectors.map(ranksFromWeights));
  const memberWeights = vectors.map((v) => keyed(dimensions, v));
  const summary: PanelSummary = {
    members: panel.map((m, k) => ({
      name: m.name,
      role: m.role,
      weights: memberWeights[k]!,
      ...(priorities[k]!.cr === undefined ? {} : { cr: priorities[k]!.cr }),
      inconsistent: priorities[k]!.inconsistent,
      influence: lambda[k]!,
      kind: m.input.kind,
    })),
    method,
    group: keyed(dimensions, group),
    consensus,
    kendall: { W, chi2, df, rankSums, tieTerm },
    similarity: similarityMatrix(vectors, { scaleMax }),
    spread: panelSpread(dimensions, vectors, group),
    dimensions: [...dimensions],
    ...(contested ? { contested } : {}),
    ...(groupCr === undefined ? {} : { groupCr }),
  };
  if (offers && profile) {
    const fx = options?.fxRates ? { fxRates: options.fxRates } : undefined;
    const [groupView, ...views] = scoreUnderWeights(
      offers,
      profile,
      [summary.group, ...memberWeights],
      fx,
    );
    summary.decision = views.map((v, k) => ({ member: panel[k]!.name, ...v }));
    summary.groupDecision = groupView!;
  }
  return summary;
}
