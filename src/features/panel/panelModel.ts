/**
 * What the Panel section shows, from the stored workspace: the engine's summary and chart data
 * (decide.md §2) for the panel's dimensions, offers and money settings. Display only: every
 * figure comes from panelSummary / panelChartData.
 */
import {
  BUILT_IN_DIMENSIONS,
  ValidationError,
  panelChartData,
  panelDimensions,
  panelMemberFromStored,
  panelSummary,
  rebaseFxRates,
  type Panel,
  type PanelChartData,
  type PanelMember,
  type PanelSummary,
  type StoredPanelMember,
  type StoredProfile,
  type Workspace,
} from '@/domain';
import { completeRanking } from '@/components/weights/weightMath';

export interface PanelDimension {
  id: string;
  label: string;
}

export interface PanelView {
  /** The profile whose weighted dimensions and money settings the panel reads. */
  base: StoredProfile;
  dimensions: PanelDimension[];
  /** Members' stored weights on dimensions the profile does not weigh: left out, and said so. */
  notes: string[];
  summary: PanelSummary | null;
  chart: PanelChartData | null;
  /** Whose weights the strip chart rings: a candidate member, else the profile's own. */
  candidateLabel: string | null;
  /** Why there is no summary yet (fewer than two members, or a member's input the engine refuses). */
  problem: string | null;
}

export function dimensionLabels(workspace: Workspace): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const d of BUILT_IN_DIMENSIONS) labels[d.id] = d.label;
  for (const d of workspace.dimensions) labels[d.id] = d.label;
  return labels;
}

/** The panel's profile: the one it names, else the active one. */
export function panelBaseProfile(panel: Panel | undefined, workspace: Workspace): StoredProfile {
  const byId = (id: string | null | undefined) => workspace.profiles.find((p) => p.id === id);
  return byId(panel?.profileId) ?? byId(workspace.activeProfileId) ?? workspace.profiles[0]!;
}

/**
 * The stored member as engine input over `dimensions`: slider weights on other dimensions are
 * left out (named in `ignored`), and a ranking that misses dimensions is completed as the
 * ranking editor shows it (the stored order, then the rest by weight).
 */
export function engineMember(
  member: StoredPanelMember,
  dimensions: readonly string[],
): { member: PanelMember; ignored: string[] } {
  const ignored =
    member.method === 'direct'
      ? Object.entries(member.weights)
          .filter(([d, w]) => w > 0 && !dimensions.includes(d))
          .map(([d]) => d)
      : [];
  const weights = Object.fromEntries(dimensions.map((d) => [d, member.weights[d] ?? 0]));
  const ranking = completeRanking(member.ranking, dimensions, member.weights);
  return {
    member: panelMemberFromStored({ ...member, weights, ranking }, dimensions),
    ignored,
  };
}

const problemOf = (error: unknown): string => {
  if (error instanceof ValidationError)
    return error.issues.map((i) => i.message.replace(/^[^:]*: /, '')).join('; ');
  return error instanceof Error ? error.message : String(error);
};

export function buildPanelView(panel: Panel | undefined, workspace: Workspace): PanelView {
  const base = panelBaseProfile(panel, workspace);
  const labels = dimensionLabels(workspace);
  const ids = panelDimensions(base);
  const dimensions = ids.map((id) => ({ id, label: labels[id] ?? id }));
  const members = panel?.members ?? [];
  const converted = members.map((m) => ({ stored: m, ...engineMember(m, ids) }));
  const notes = converted
    .filter((c) => c.ignored.length > 0)
    .map(
      (c) =>
        `${c.stored.name}'s weight on ${c.ignored.map((d) => labels[d] ?? d).join(', ')} is left out: ${base.name} does not weigh ${c.ignored.length === 1 ? 'it' : 'them'}.`,
    );
  const candidateMember = members.find((m) => m.role === 'candidate');
  const ownWeights = base.id !== panel?.groupProfileId;
  const candidateLabel = candidateMember
    ? `${candidateMember.name}'s weight (the candidate)`
    : ownWeights
      ? `${base.name}'s own weight`
      : null;
  const empty = { base, dimensions, notes, candidateLabel, summary: null, chart: null };
  if (ids.length < 2)
    return {
      ...empty,
      problem: `${base.name} weighs fewer than two dimensions: nothing to combine.`,
    };
  if (members.length < 2)
    return { ...empty, problem: 'Add at least two members to see how far apart their views are.' };
  try {
    const offers = workspace.offers;
    const fxRates = rebaseFxRates(workspace.fxRates, workspace.reportingCurrency, base.currency);
    const summary = panelSummary(
      converted.map((c) => c.member),
      ids,
      offers.length > 0 ? offers : undefined,
      offers.length > 0 ? base : undefined,
      { fxRates },
    );
    const total = ids.reduce((sum, d) => sum + (base.weights[d] ?? 0), 0);
    const profileWeights = Object.fromEntries(
      ids.map((d) => [d, total > 0 ? (base.weights[d] ?? 0) / total : 0]),
    );
    const chart = panelChartData(summary, {
      labels,
      offerNames: offers.map((o) => o.name),
      // The candidate's own weights: a candidate member's view, else the profile the panel reads.
      ...(candidateMember ? {} : { candidate: ownWeights ? profileWeights : null }),
    });
    return { ...empty, summary, chart, problem: null };
  } catch (error) {
    return { ...empty, problem: `The panel cannot be combined yet: ${problemOf(error)}` };
  }
}
