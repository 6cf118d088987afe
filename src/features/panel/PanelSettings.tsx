import { useId } from 'react';
import type { Panel, StoredProfile } from '@/domain';
import { selectActiveProfile, useWorkspaceStore } from '@/state/workspaceStore';
import { panelEdits } from '@/state/panelActions';

/** Which panel (when there are several) and which profile gives its dimensions and money settings. */
export function PanelSettings({
  panels,
  panelIndex,
  onPanel,
  panel,
  profiles,
}: {
  panels: Panel[];
  panelIndex: number;
  onPanel: (index: number) => void;
  panel: Panel;
  profiles: StoredProfile[];
}) {
  const id = useId();
  const updatePanel = panelEdits.updatePanel;
  const active = useWorkspaceStore(selectActiveProfile);
  // The group profile reads its money settings from the base, so it is not offered as one.
  const choices = profiles.filter((p) => p.id !== panel.groupProfileId);
  return (
    <div className="panel-settings">
      {panels.length > 1 ? (
        <div className="field">
          <label htmlFor={`${id}-panel`}>Panel</label>
          <select
            id={`${id}-panel`}
            value={panelIndex}
            onChange={(e) => onPanel(Number(e.target.value))}
          >
            {panels.map((p, i) => (
              <option key={p.id} value={i}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-profile`}>Dimensions and money settings from</label>
        <select
          id={`${id}-profile`}
          value={panel.profileId ?? ''}
          aria-describedby={`${id}-profile-hint`}
          onChange={(e) =>
            updatePanel(panel.id, (p) => ({ ...p, profileId: e.target.value || null }))
          }
        >
          <option value="">The active profile ({active.name})</option>
          {choices.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <p id={`${id}-profile-hint`} className="field__hint">
          Members weigh the dimensions this profile weighs; offers are scored with its money
          settings.
        </p>
      </div>
    </div>
  );
}
