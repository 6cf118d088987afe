/** Panel inputs: parsing the stored panel, checking members, and each member's priorities (§2.2). */
import { parseWith, ValidationError, type FieldIssue } from '../errors';
import { PANEL_ROLES, PanelSchema, type Panel, type StoredPanelMember } from '../schemas/panel';
import type { Profile } from '../schemas/profile';
import { AHP_CONSISTENT_CR, ahp, ahpMatrixFromJudgments } from './ahp';
import { judgmentIssues } from './panelAggregate';
import { normalize } from './panelMath';
import type { PanelMember } from './panelTypes';
import { rocWeights } from './weights';

/** Fills defaults; throws a ValidationError naming each bad field ("members[1].influence: …"). */
export const parsePanel = (input: unknown): Panel => parseWith(PanelSchema, 'panel', input);

/** The profile's weighted dimensions (weight > 0), in profile order: a panel's dimension list. */
export function panelDimensions(profile: Profile): string[] {
  return Object.entries(profile.weights)
    .filter(([, w]) => w > 0)
    .map(([id]) => id);
}

/**
 * A stored member as the engine's PanelMember, reading only its current method: sliders give
 * `weights` over `dimensions` (a missing one is 0, an extra one is kept so the summary rejects it),
 * a ranking gives `order`, pairwise judgments give the matrix (unanswered pairs are 1).
 */
export function panelMemberFromStored(
  member: StoredPanelMember,
  dimensions: readonly string[],
): PanelMember {
  const base = { name: member.name, role: member.role, influence: member.influence };
  if (member.method === 'rank')
    return { ...base, input: { kind: 'ranking', order: [...member.ranking] } };
  if (member.method === 'ahp')
    return {
      ...base,
      input: { kind: 'pairwise', matrix: ahpMatrixFromJudgments([...dimensions], member.pairwise) },
    };
  const weights: Record<string, number> = {};
  for (const d of dimensions) weights[d] = member.weights[d] ?? 0;
  for (const [d, w] of Object.entries(member.weights)) if (!(d in weights) && w > 0) weights[d] = w;
  return { ...base, input: { kind: 'weights', weights } };
}

export const panelMembersFromStored = (
  panel: Panel,
  dimensions: readonly string[],
): PanelMember[] => panel.members.map((m) => panelMemberFromStored(m, dimensions));

/** One member's priorities over the panel's dimensions (Σ = 1), with CR for pairwise input. */
export interface MemberPriorities {
  weights: number[];
  cr?: number;
  inconsistent: boolean;
  matrix?: number[][];
}

function dimensionIssues(dimensions: readonly string[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!Array.isArray(dimensions) || dimensions.length < 2)
    return [{ path: 'dimensions', message: 'a panel needs at least two dimensions' }];
  dimensions.forEach((d, i) => {
    if (typeof d !== 'string' || d === '')
      issues.push({ path: `dimensions[${i}]`, message: 'must be a dimension id' });
    else if (dimensions.indexOf(d) !== i)
      issues.push({ path: `dimensions[${i}]`, message: `"${d}" is listed twice` });
  });
  return issues;
}

function memberIssues(member: PanelMember, k: number, dims: readonly string[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const who = member?.name ? `${member.name}: ` : '';
  const add = (path: string, message: string) =>
    issues.push({ path: `[${k}]${path}`, message: `${who}${message}` });
  if (typeof member?.name !== 'string' || member.name.trim() === '') add('.name', 'is required');
  if (!PANEL_ROLES.includes(member?.role)) add('.role', `must be one of ${PANEL_ROLES.join(', ')}`);
  const influence = member?.influence ?? 1;
  if (!Number.isFinite(influence) || influence < 0)
    add('.influence', 'must be a finite number ≥ 0');
  const input = member?.input;
  if (input?.kind === 'weights') {
    const w = input.weights ?? {};
    for (const key of Object.keys(w))
      if (!dims.includes(key))
        add(
          `.input.weights.${key}`,
          'is not one of the panel’s dimensions: members must use the same dimension list',
        );
    let sum = 0;
    for (const d of dims) {
      const v = w[d];
      if (v === undefined)
        add(`.input.weights.${d}`, 'is missing: members must use the same dimension list');
      else if (!Number.isFinite(v) || v < 0)
        add(`.input.weights.${d}`, 'must be a finite number ≥ 0');
      else sum += v;
    }
    if (issues.length === 0 && !(sum > 0)) add('.input.weights', 'at least one weight must be > 0');
  } else if (input?.kind === 'ranking') {
    const order = Array.isArray(input.order) ? input.order : [];
    order.forEach((d, i) => {
      if (!dims.includes(d))
        add(`.input.order[${i}]`, `"${d}" is not one of the panel’s dimensions`);
      else if (order.indexOf(d) !== i) add(`.input.order[${i}]`, `"${d}" is ranked twice`);
    });
    const missing = dims.filter((d) => !order.includes(d));
    if (missing.length > 0)
      add('.input.order', `must rank every dimension (missing ${missing.join(', ')})`);
  } else if (input?.kind === 'pairwise') {
    const m = input.matrix;
    if (!Array.isArray(m) || m.length !== dims.length)
      add('.input.matrix', `must be a ${dims.length}×${dims.length} matrix, one row per dimension`);
    else issues.push(...judgmentIssues([m], [member.name], () => `[${k}].input.matrix`));
  } else add('.input.kind', 'must be "weights", "ranking" or "pairwise"');
  return issues;
}

/** Throws one ValidationError naming every bad member field (`[k].input.matrix[i][j]: …`). */
export function validatePanel(
  panel: readonly PanelMember[],
  dimensions: readonly string[],
  minMembers = 2,
): void {
  const issues = dimensionIssues(dimensions);
  if (issues.length === 0) {
    if (!Array.isArray(panel) || panel.length < minMembers)
      issues.push({
        path: '(root)',
        message: minMembers > 1 ? 'a panel needs at least two members' : 'needs a member',
      });
    else panel.forEach((m, k) => issues.push(...memberIssues(m, k, dimensions)));
  }
  if (issues.length === 0 && !panel.some((m) => (m.influence ?? 1) > 0))
    issues.push({ path: '(root)', message: 'at least one member needs an influence > 0' });
  if (issues.length > 0) throw new ValidationError('panel', issues);
}

/** Priorities of an already validated member: normalized weights, ROC of the ranking, or AHP. */
export function memberPriorities(
  member: PanelMember,
  dimensions: readonly string[],
): MemberPriorities {
  const input = member.input;
  if (input.kind === 'pairwise') {
    const { weights, cr } = ahp(input.matrix);
    return { weights, cr, inconsistent: cr > AHP_CONSISTENT_CR, matrix: input.matrix };
  }
  if (input.kind === 'ranking') {
    const roc = rocWeights(dimensions.length);
    const weights = dimensions.map((d) => roc[input.order.indexOf(d)] ?? 0);
    return { weights, inconsistent: false };
  }
  return { weights: normalize(dimensions.map((d) => input.weights[d] ?? 0)), inconsistent: false };
}
