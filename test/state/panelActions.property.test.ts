import fc from 'fast-check';
import { expect, it } from 'vitest';
import { WorkspaceSchema, type StoredProfile } from '@/domain';
import { panelEdits } from '@/state/panelActions';
import { sampleWorkspace, useWorkspaceStore } from '@/state/workspaceStore';

const DIMS = ['cash', 'equity', 'scope', 'data', 'roadmap', 'commitment'];
const ROLES = ['hiringManager', 'recruiter', 'teamLead', 'candidate', 'other'] as const;

/** One user step on the panel: sensible or not (a bad influence, an empty name). */
const step = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    name: fc.string({ maxLength: 90 }),
    role: fc.constantFrom(...ROLES),
  }),
  fc.record({
    kind: fc.constant('weight' as const),
    k: fc.nat(),
    d: fc.constantFrom(...DIMS),
    w: fc.integer({ min: -5, max: 120 }),
  }),
  fc.record({ kind: fc.constant('rank' as const), k: fc.nat(), order: fc.shuffledSubarray(DIMS) }),
  fc.record({
    kind: fc.constant('judge' as const),
    k: fc.nat(),
    a: fc.constantFrom(...DIMS),
    b: fc.constantFrom(...DIMS),
    v: fc.constantFrom(1 / 9, 1 / 3, 1, 3, 9, 12),
  }),
  fc.record({
    kind: fc.constant('influence' as const),
    k: fc.nat(),
    v: fc.double({ min: -2, max: 200, noNaN: true }),
  }),
  fc.record({ kind: fc.constant('remove' as const), k: fc.nat() }),
  fc.record({ kind: fc.constant('profile' as const), cash: fc.integer({ min: 0, max: 100 }) }),
);

it('any sequence of panel edits keeps the workspace valid, and undoing them all restores it', () => {
  fc.assert(
    fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
      const start = sampleWorkspace();
      useWorkspaceStore.setState({ workspace: start, past: [], future: [] });
      const ws = () => useWorkspaceStore.getState().workspace;
      const member = (k: number) => {
        const members = ws().panels[0]?.members ?? [];
        return members.length ? members[k % members.length] : undefined;
      };
      for (const s of steps) {
        const pid = ws().panels[0]?.id ?? '';
        const m = s.kind === 'add' || s.kind === 'profile' ? undefined : member(s.k);
        if (s.kind === 'add') panelEdits.addPanelMember({ name: s.name, role: s.role });
        else if (s.kind === 'profile') {
          const base = ws().profiles[0]!;
          const profile: StoredProfile = { ...base, weights: { ...base.weights, cash: s.cash } };
          panelEdits.applyPanelProfile(pid, profile, base.id);
        } else if (!m) continue;
        else if (s.kind === 'weight')
          panelEdits.updatePanelMember(pid, m.id, (x) => ({
            ...x,
            weights: { ...x.weights, [s.d]: s.w },
          }));
        else if (s.kind === 'rank')
          panelEdits.updatePanelMember(pid, m.id, (x) => ({
            ...x,
            ranking: s.order,
            method: 'rank',
          }));
        else if (s.kind === 'judge')
          panelEdits.updatePanelMember(pid, m.id, (x) => ({
            ...x,
            pairwise: { ...x.pairwise, [`${s.a}>${s.b}`]: s.v },
            method: 'ahp',
          }));
        else if (s.kind === 'influence')
          panelEdits.updatePanelMember(pid, m.id, (x) => ({ ...x, influence: s.v }));
        else panelEdits.removePanelMember(pid, m.id);
        expect(WorkspaceSchema.safeParse(ws()).success).toBe(true);
      }
      while (useWorkspaceStore.getState().past.length > 0) useWorkspaceStore.getState().undo();
      expect(ws().panels).toEqual(start.panels);
      expect(ws().profiles).toEqual(start.profiles);
    }),
    { numRuns: 60 },
  );
});
