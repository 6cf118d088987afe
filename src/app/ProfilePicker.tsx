import { useWorkspaceStore } from '@/state/workspaceStore';

/** The active candidate profile: every score on every view is for this profile. */
export function ProfilePicker() {
  const profiles = useWorkspaceStore((s) => s.workspace.profiles);
  const activeId = useWorkspaceStore((s) => s.workspace.activeProfileId);
  const setActive = useWorkspaceStore((s) => s.setActiveProfile);
  return (
    <div className="profile-picker">
      <label htmlFor="active-profile">Scoring for</label>
      <select id="active-profile" value={activeId} onChange={(e) => setActive(e.target.value)}>
        {profiles.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}
