/** Panel → optimizer (decide.md §2.7) and panel → profile ("Use as profile"). */
import type { Profile } from '../schemas/profile';
import { memberPriorities, validatePanel } from './panelInput';
import { keyed } from './panelMath';
import type { PanelMember, PanelSummary } from './panelTypes';

export interface PanelWeightScenarios {
  /** One normalized weight vector per member, keyed by dimension id: `robust.weightScenarios`. */
  weightScenarios: Record<string, number>[];
  /** The member of each scenario, in the same order (the optimizer's scenarios are unnamed). */
  names: string[];
  roles: PanelMember['role'][];
  /** Per-dimension min and max over the members: a `robust.weightBox`. */
  weightBox: { lo: Record<string, number>; hi: Record<string, number> };
}

function fromVectors(
  dimensions: readonly string[],
  vectors: readonly Record<string, number>[],
  names: string[],
  roles: PanelMember['role'][],
): PanelWeightScenarios {
  const lo: Record<string, number> = {};
  const hi: Record<string, number> = {};
  for (const d of dimensions) {
    const values = vectors.map((v) => v[d] ?? 0);
    lo[d] = Math.min(...values);
    hi[d] = Math.max(...values);
  }
  return { weightScenarios: vectors.map((v) => ({ ...v })), names, roles, weightBox: { lo, hi } };
}

/**
 * Each member's normalized weights become a weight scenario for `cheapestWinningPackage`'s
 * `robust.weightScenarios` (paired with the profile), with the member names alongside so the
 * scenario duals can say whose view binds; their per-dimension min/max is the `weightBox`.
 * Takes a PanelSummary, or the members and dimensions (one member is enough here).
 */
export function panelWeightScenarios(summary: PanelSummary): PanelWeightScenarios;
export function panelWeightScenarios(
  panel: PanelMember[],
  dimensions: string[],
): PanelWeightScenarios;
export function panelWeightScenarios(
  source: PanelSummary | PanelMember[],
  dimensions?: string[],
): PanelWeightScenarios {
  if (!Array.isArray(source))
    return fromVectors(
      source.dimensions,
      source.members.map((m) => m.weights),
      source.members.map((m) => m.name),
      source.members.map((m) => m.role),
    );
  const dims = dimensions ?? [];
  validatePanel(source, dims, 1);
  return fromVectors(
    dims,
    source.map((m) => keyed(dims, memberPriorities(m, dims).weights)),
    source.map((m) => m.name),
    source.map((m) => m.role),
  );
}

/**
 * "Use as profile": `base` (money settings, horizon, constraints of a chosen member's or the active
 * profile) with the group weights as percentages (Σ = 100) and method "direct". Dimensions of
 * `base` outside the panel get weight 0. The members' own inputs are untouched.
 */
export function panelGroupProfile(
  summary: PanelSummary,
  base: Profile,
  options?: { id?: string; name?: string },
): Profile {
  const weights: Record<string, number> = {};
  for (const d of Object.keys(base.weights)) weights[d] = 0;
  for (const [d, w] of Object.entries(summary.group)) weights[d] = 100 * w;
  return {
    ...base,
    id: options?.id ?? base.id,
    name: options?.name ?? `Panel view (${summary.method})`,
    weights,
    method: 'direct',
    ranking: [],
    pairwise: {},
  };
}
