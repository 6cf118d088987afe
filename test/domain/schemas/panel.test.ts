// @vitest-environment node
import { PANEL_ROLES, PanelSchema, parsePanel, ValidationError } from '@/domain';

const issuesOf = (input: unknown) => {
  try {
    parsePanel(input);
  } catch (e) {
    if (e instanceof ValidationError) return e.issues;
    throw e;
  }
  throw new Error('expected a ValidationError');
};

describe('schemas/panel: a panel of members, each giving weights like a profile', () => {
  it('fills every default: an empty panel, and a member with equal sliders, role other, influence 1', () => {
    expect(parsePanel({})).toEqual({
      id: 'panel',
      name: 'Hiring panel',
      profileId: null,
      groupProfileId: null,
      members: [],
    });
    expect(parsePanel({ members: [{ id: 'm1', name: ' Dana ' }] }).members[0]).toEqual({
      id: 'm1',
      name: 'Dana',
      role: 'other',
      influence: 1,
      method: 'direct',
      weights: { cash: 1, equity: 1, scope: 1, data: 1, roadmap: 1, commitment: 1 },
      ranking: [],
      pairwise: {},
      revisions: [],
    });
  });

  it('knows the five roles of decide.md §2.1', () => {
    expect(PANEL_ROLES).toEqual(['hiringManager', 'recruiter', 'teamLead', 'candidate', 'other']);
    expect(issuesOf({ members: [{ id: 'm', name: 'M', role: 'boss' }] })[0]!.path).toBe(
      'members[0].role',
    );
  });

  it('keeps revisions: earlier inputs with their own method and time', () => {
    const panel = parsePanel({
      members: [
        {
          id: 'm',
          name: 'M',
          method: 'rank',
          ranking: ['scope', 'cash'],
          revisions: [{ method: 'direct', weights: { cash: 5 }, at: '2025-03-01T10:00:00Z' }],
        },
      ],
    });
    expect(panel.members[0]!.revisions).toEqual([
      {
        method: 'direct',
        weights: { cash: 5 },
        ranking: [],
        pairwise: {},
        at: '2025-03-01T10:00:00Z',
      },
    ]);
  });

  it('names each bad field and why', () => {
    expect(
      issuesOf({
        members: [
          { id: 'a', name: '', influence: 0 },
          { id: 'a', name: 'B', weights: { cash: -1 }, pairwise: { 'cash>data': 10 } },
          { id: 'c', name: 'C', weights: { Cash: 1 }, ranking: ['cash', 'Data'] },
        ],
      }),
    ).toEqual(
      expect.arrayContaining([
        { path: 'members[0].name', message: 'is required' },
        { path: 'members[0].influence', message: 'must be > 0' },
        { path: 'members[1].weights.cash', message: 'must be ≥ 0' },
        { path: 'members[1].weights', message: 'at least one weight must be > 0' },
        { path: 'members[1].pairwise.cash>data', message: 'must be ≤ 9' },
        expect.objectContaining({ path: 'members[2].weights.Cash' }),
        {
          path: 'members[2].ranking[1]',
          message: 'must be a lowercase id (letters, digits, - or _)',
        },
      ]),
    );
    // ids are checked once every member parses (the panel-level check runs last)
    expect(
      issuesOf({
        members: [
          { id: 'a', name: 'A' },
          { id: 'a', name: 'B' },
        ],
      }),
    ).toEqual([{ path: 'members[1].id', message: 'must be unique' }]);
    expect(
      issuesOf({ members: Array.from({ length: 21 }, (_, i) => ({ id: `m${i}`, name: 'M' })) }),
    ).toEqual([{ path: 'members', message: 'at most 20 members' }]);
  });

  it('is the schema behind parsePanel', () => {
    expect(PanelSchema.safeParse({ members: [{ id: 'x', name: 'X' }] }).success).toBe(true);
  });
});
