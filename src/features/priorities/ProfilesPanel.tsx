import { useWorkspaceStore } from '@/state/workspaceStore';
import { showNotice } from '@/state/notices';
import { PresetPicker } from './PresetPicker';
import { ProfileNameField } from './ProfileNameField';
import { useActiveProfile } from './profileEdits';

/** The candidate's profiles: pick the active one, add, duplicate, rename, delete, start from a preset. */
export function ProfilesPanel() {
  const profiles = useWorkspaceStore((s) => s.workspace.profiles);
  const setActiveProfile = useWorkspaceStore((s) => s.setActiveProfile);
  const addProfile = useWorkspaceStore((s) => s.addProfile);
  const removeProfile = useWorkspaceStore((s) => s.removeProfile);
  const active = useActiveProfile();

  const duplicate = () => {
    const { id: _id, ...fields } = structuredClone(active);
    addProfile({ ...fields, name: `${active.name} copy`.slice(0, 80) });
  };
  const remove = () => {
    const name = active.name;
    removeProfile(active.id);
    showNotice({
      message: `Deleted "${name}"`,
      action: { label: 'Undo', run: () => useWorkspaceStore.getState().undo() },
    });
  };

  return (
    <section className="card" aria-labelledby="profiles-heading">
      <h2 id="profiles-heading">Profiles</h2>
      <ul className="profile-list" aria-label="Profiles">
        {profiles.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="profile-list__item"
              aria-pressed={p.id === active.id}
              onClick={() => setActiveProfile(p.id)}
            >
              {p.name}
            </button>
          </li>
        ))}
      </ul>
      <div className="btn-row">
        <button type="button" className="btn btn--small" onClick={() => addProfile()}>
          New profile
        </button>
        <button type="button" className="btn btn--small" onClick={duplicate}>
          Duplicate profile
        </button>
        <button
          type="button"
          className="btn btn--small btn--danger"
          onClick={remove}
          disabled={profiles.length <= 1}
          title={profiles.length <= 1 ? 'A workspace keeps at least one profile' : undefined}
        >
          Delete profile
        </button>
      </div>
      <div className="priorities-profile-fields">
        <ProfileNameField key={active.id} profile={active} />
        <PresetPicker profile={active} />
      </div>
    </section>
  );
}
