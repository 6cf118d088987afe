import { beforeEach, describe, expect, it } from 'vitest';
import { sampleWorkspace, useWorkspaceStore } from '@/state/workspaceStore';
import { panelActions, panelEdits, REVISION_SESSION_MS } from '@/state/panelActions';
import { WorkspaceSchema, type StoredProfile, type Workspace } from '@/domain';

const store = () => ({ ...useWorkspaceStore.getState(), ...panelEdits });
const panel = () => store().workspace.panels[0]!;

beforeEach(() => {
  useWorkspaceStore.setState({ workspace: sampleWorkspace(), past: [], future: [] });
});

describe('panel store actions', () => {
  it('adds the first member by making the panel; names stay unique; undo removes both', () => {
    const a = store().addPanelMember({ name: 'Dana', role: 'hiringManager' });
    store().addPanelMember({ name: 'Dana', role: 'recruiter' });
    expect(a).toBeTruthy();
    expect(store().workspace.panels).toHaveLength(1);
    expect(panel().members.map((m) => [m.name, m.role, m.influence])).toEqual([
      ['Dana', 'hiringManager', 1],
      ['Dana 2', 'recruiter', 1],
    ]);
    store().undo();
    store().undo();
    expect(store().workspace.panels).toEqual([]);
  });

  it('keeps the earlier view as a revision once per editing session, never on a new member', () => {
    let clock = 1_000_000;
    let ws: Workspace = { ...sampleWorkspace(), panels: [] };
    const actions = panelActions(
      () => ws,
      (patch) => {
        ws = WorkspaceSchema.parse({ ...ws, ...patch });
        return { ok: true };
      },
      () => clock,
    );
    const id = actions.addPanelMember({
      name: 'Riley',
      role: 'recruiter',
      weights: { cash: 50, equity: 50 },
    })!;
    const pid = ws.panels[0]!.id;
    const member = () => ws.panels[0]!.members[0]!;
    actions.updatePanelMember(pid, id, (m) => ({ ...m, weights: { cash: 80, equity: 50 } }));
    expect(member().revisions).toEqual([]); // the default view was never anyone's opinion
    clock += REVISION_SESSION_MS + 1;
    actions.updatePanelMember(pid, id, (m) => ({ ...m, weights: { cash: 10, equity: 50 } }));
    actions.updatePanelMember(pid, id, (m) => ({ ...m, weights: { cash: 5, equity: 50 } }));
    expect(member().weights).toEqual({ cash: 5, equity: 50 });
    expect(member().revisions.map((r) => r.weights)).toEqual([{ cash: 80, equity: 50 }]);
    expect(member().revisions[0]!.at).toBe(new Date(clock).toISOString());

    // Restoring brings the earlier view back and keeps the current one.
    actions.restorePanelRevision(pid, id, 0);
    expect(member().weights).toEqual({ cash: 80, equity: 50 });
    expect(member().revisions.map((r) => r.weights)).toEqual([
      { cash: 80, equity: 50 },
      { cash: 5, equity: 50 },
    ]);
  });

  it('refuses a bad influence whole: the member keeps the stored value', () => {
    const id = store().addPanelMember({ name: 'Sam', role: 'candidate' })!;
    const result = store().updatePanelMember(panel().id, id, (m) => ({ ...m, influence: -2 }));
    expect(result.ok).toBe(false);
    expect(panel().members[0]!.influence).toBe(1);
  });

  it('Use as profile adds one profile, makes it active, then updates that same profile', () => {
    store().addPanelMember({ name: 'Dana', role: 'hiringManager' });
    const base = store().workspace.profiles[0]!;
    const group = (cash: number): StoredProfile => ({
      ...base,
      name: 'Hiring panel — group view',
      weights: { ...base.weights, cash },
    });
    const profiles = store().workspace.profiles.length;
    const id = store().applyPanelProfile(panel().id, group(40), base.id)!;
    expect(store().workspace.activeProfileId).toBe(id);
    expect(panel().groupProfileId).toBe(id);
    expect(panel().profileId).toBe(base.id); // keeps reading the money settings it read
    expect(store().applyPanelProfile(panel().id, group(60), base.id)).toBe(id);
    expect(store().workspace.profiles).toHaveLength(profiles + 1);
    expect(store().workspace.profiles.find((p) => p.id === id)!.weights.cash).toBe(60);
    expect(store().workspace.profiles.find((p) => p.id === base.id)).toEqual(base);
    store().undo();
    store().undo();
    expect(store().workspace.profiles).toHaveLength(profiles);
    expect(store().workspace.activeProfileId).toBe(base.id);
  });

  it('removes a member', () => {
    const id = store().addPanelMember({ name: 'Dana', role: 'hiringManager' })!;
    store().removePanelMember(panel().id, id);
    expect(panel().members).toEqual([]);
  });
});
