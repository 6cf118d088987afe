import * as z from 'zod/mini';
import { bounded, dimensionId, finite, requiredText } from './common';
import { DEFAULT_WEIGHTS, MAX_WEIGHT, WEIGHT_METHODS } from './profile';

/** Who a panel member is (decide.md §2.1). */
export const PANEL_ROLES = [
  'hiringManager',
  'recruiter',
  'teamLead',
  'candidate',
  'other',
] as const;

const memberId = z
  .string()
  .check(z.minLength(1, 'is required'), z.maxLength(64, 'must be at most 64 characters'));

/**
 * A member's view of the candidate's priorities, stored the way a profile stores its weights:
 * `method` says which of the three ways is current (sliders → `weights`, ranking → `ranking`,
 * pairwise questions → `pairwise`); the other fields keep what was last entered.
 */
const memberInputShape = {
  /** How the view was last given; the engine reads only that method's field. */
  method: z._default(z.enum(WEIGHT_METHODS), 'direct'),
  /** Raw importance per dimension (≥ 0), the sliders; a missing weight is 0. */
  weights: z._default(
    z.record(dimensionId, bounded(0, MAX_WEIGHT)).check(
      z.refine((w) => Object.values(w).some((v) => v > 0), {
        message: 'at least one weight must be > 0',
      }),
    ),
    () => ({ ...DEFAULT_WEIGHTS }),
  ),
  /** Dimension ids, most important first (ranking → rank-order-centroid weights). */
  ranking: z._default(z.array(dimensionId), () => []),
  /** Saaty judgments keyed "a>b" → how much more a matters than b (1/9–9); missing pairs = 1. */
  pairwise: z._default(
    z.record(
      z.string(),
      finite().check(z.minimum(1 / 9, 'must be ≥ 1/9'), z.maximum(9, 'must be ≤ 9')),
    ),
    () => ({}),
  ),
};

/** An earlier input of a member: revisions keep their history (§2.5 point 5). */
export const PanelRevisionSchema = z.object({
  ...memberInputShape,
  /** When it was replaced (ISO 8601), if known. */
  at: z.optional(z.string().check(z.maxLength(40))),
});

export const PanelMemberSchema = z.object({
  id: memberId,
  name: requiredText(80),
  role: z._default(z.enum(PANEL_ROLES), 'other'),
  /** Influence weight λ (normalized over the panel when aggregating); equal by default. */
  influence: z._default(
    finite().check(z.positive('must be > 0'), z.maximum(100, 'must be ≤ 100')),
    1,
  ),
  ...memberInputShape,
  revisions: z._default(
    z.array(PanelRevisionSchema).check(z.maxLength(50, 'at most 50 revisions')),
    () => [],
  ),
});

export const PanelSchema = z
  .object({
    id: z._default(memberId, 'panel'),
    name: z._default(requiredText(80), 'Hiring panel'),
    /** The profile whose weighted dimensions and money settings the panel uses; null = active. */
    profileId: z._default(z.nullable(z.string().check(z.maxLength(64))), null),
    /** The profile "Use as profile" made from the group weights (updated, not duplicated, next time). */
    groupProfileId: z._default(z.nullable(z.string().check(z.maxLength(64))), null),
    members: z._default(
      z.array(PanelMemberSchema).check(z.maxLength(20, 'at most 20 members')),
      () => [],
    ),
  })
  .check(
    z.superRefine((panel, ctx) => {
      const ids = new Set<string>();
      panel.members.forEach((m, i) => {
        if (ids.has(m.id))
          ctx.addIssue({ code: 'custom', path: ['members', i, 'id'], message: 'must be unique' });
        ids.add(m.id);
      });
    }),
  );

export type PanelRole = (typeof PANEL_ROLES)[number];
export type Panel = z.output<typeof PanelSchema>;
export type PanelInput = z.input<typeof PanelSchema>;
export type StoredPanelMember = z.output<typeof PanelMemberSchema>;
export type PanelRevision = z.output<typeof PanelRevisionSchema>;
