import type {
  Panel,
  PanelRevision,
  PanelRole,
  StoredPanelMember,
  StoredProfile,
  Workspace,
} from '@/domain';
import { newId } from './ids';
import { uniqueName } from './names';
import { useWorkspaceStore, type EditResult } from './workspaceStore';

/** The hiring panel's store actions (issue 15). Every one is one validated, undoable edit. */
export interface PanelActions {
  /** Adds a member to the panel (the workspace's first panel is made when there is none); its id or null. */
  addPanelMember(
    fields: { name: string; role: PanelRole; weights?: Record<string, number> },
    panelId?: string,
  ): string | null;
  /**
   * Changes a member. When its view (method, weights, ranking, judgments) changes at the start of
   * an editing session, the view it had is kept in `revisions`: inputs are revised, never lost.
   */
  updatePanelMember(
    panelId: string,
    memberId: string,
    edit: (member: StoredPanelMember) => StoredPanelMember,
  ): EditResult;
  /** Brings back an earlier view of a member; the current view becomes a revision. */
  restorePanelRevision(panelId: string, memberId: string, index: number): EditResult;
  removePanelMember(panelId: string, memberId: string): void;
  /** Panel-level settings (name, the profile it reads). */
  updatePanel(panelId: string, edit: (panel: Panel) => Panel): EditResult;
  /**
   * "Use as profile": stores `profile` (the group weights on the base profile's money settings) as
   * the panel's group profile, adding it the first time and updating that same profile after, and
   * makes it active. A panel that read the active profile now names `baseId`, so it keeps reading
   * the same money settings. Members' inputs are untouched. The profile id, or null if rejected.
   */
  applyPanelProfile(panelId: string, profile: StoredProfile, baseId?: string): string | null;
}

/** Edits of one member's view closer together than this are one session: one revision. */
export const REVISION_SESSION_MS = 5 * 60_000;
const MAX_REVISIONS = 50;

const viewOf = (m: PanelRevision | StoredPanelMember) => ({
  method: m.method,
  weights: m.weights,
  ranking: m.ranking,
  pairwise: m.pairwise,
});
const sameView = (a: PanelRevision | StoredPanelMember, b: PanelRevision | StoredPanelMember) =>
  JSON.stringify(viewOf(a)) === JSON.stringify(viewOf(b));

const withRevision = (member: StoredPanelMember, before: StoredPanelMember, at: string) => ({
  ...member,
  revisions: [...before.revisions, { ...viewOf(before), at }].slice(-MAX_REVISIONS),
});

export function panelActions(
  ws: () => Workspace,
  edit: (patch: Partial<Workspace>) => EditResult,
  now: () => number = Date.now,
): PanelActions {
  // When each member's view was last edited in this tab: a new session starts a revision.
  const lastEdit = new Map<string, number>();
  const panelsWith = (panelId: string, change: (panel: Panel) => Panel) =>
    ws().panels.map((p) => (p.id === panelId ? change(p) : p));
  const memberEdit = (
    panelId: string,
    memberId: string,
    change: (member: StoredPanelMember) => StoredPanelMember,
  ) =>
    edit({
      panels: panelsWith(panelId, (p) => ({
        ...p,
        members: p.members.map((m) => (m.id === memberId ? change(m) : m)),
      })),
    });

  return {
    addPanelMember: ({ name, role, weights }, panelId) => {
      const existing = ws().panels.find((p) => p.id === panelId) ?? ws().panels[0];
      const panel: Panel = existing ?? {
        id: newId('panel'),
        name: 'Hiring panel',
        profileId: null,
        groupProfileId: null,
        members: [],
      };
      const id = newId('member');
      const member = {
        id,
        name: uniqueName(
          name.trim() || 'Member',
          panel.members.map((m) => m.name),
        ),
        role,
        ...(weights ? { weights } : {}),
      } as StoredPanelMember;
      const next = { ...panel, members: [...panel.members, member] };
      const panels = existing
        ? ws().panels.map((p) => (p.id === panel.id ? next : p))
        : [...ws().panels, next];
      if (!edit({ panels }).ok) return null;
      lastEdit.set(id, now()); // a new member's default view is not worth a revision
      return id;
    },
    updatePanelMember: (panelId, memberId, change) => {
      const at = now();
      const previous = lastEdit.get(memberId);
      const result = memberEdit(panelId, memberId, (m) => {
        const next = change(m);
        const newSession = previous === undefined || at - previous > REVISION_SESSION_MS;
        return newSession && !sameView(m, next)
          ? withRevision(next, m, new Date(at).toISOString())
          : next;
      });
      if (result.ok) lastEdit.set(memberId, at);
      return result;
    },
    restorePanelRevision: (panelId, memberId, index) =>
      memberEdit(panelId, memberId, (m) => {
        const revision = m.revisions[index];
        if (!revision) return m;
        const restored = { ...m, ...viewOf(revision) };
        return withRevision(restored, m, new Date(now()).toISOString());
      }),
    removePanelMember: (panelId, memberId) =>
      void edit({
        panels: panelsWith(panelId, (p) => ({
          ...p,
          members: p.members.filter((m) => m.id !== memberId),
        })),
      }),
    updatePanel: (panelId, change) => edit({ panels: panelsWith(panelId, change) }),
    applyPanelProfile: (panelId, profile, baseId) => {
      const panel = ws().panels.find((p) => p.id === panelId);
      if (!panel) return null;
      const existing = ws().profiles.find((p) => p.id === panel.groupProfileId);
      const id = existing?.id ?? newId('profile');
      const name =
        existing?.name ??
        uniqueName(
          profile.name,
          ws().profiles.map((p) => p.name),
        );
      const stored = { ...profile, id, name };
      const profiles = existing
        ? ws().profiles.map((p) => (p.id === id ? stored : p))
        : [...ws().profiles, stored];
      const result = edit({
        profiles,
        activeProfileId: id,
        panels: panelsWith(panelId, (p) => ({
          ...p,
          groupProfileId: id,
          profileId: p.profileId ?? (baseId && baseId !== id ? baseId : null),
        })),
      });
      return result.ok ? id : null;
    },
  };
}

/**
 * The panel actions on the app's store. Outside the store itself, so this code loads with the
 * lazy Panel section and not before Compare's first render (like mergeIn).
 */
export const panelEdits: PanelActions = panelActions(
  () => useWorkspaceStore.getState().workspace,
  // Any edit marks the workspace as the user's own, as the store's own edits do.
  (patch) => {
    const { workspace, commit } = useWorkspaceStore.getState();
    return commit({ ...workspace, ...patch, sample: false });
  },
);
