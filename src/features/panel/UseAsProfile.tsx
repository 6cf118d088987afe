import { useState } from 'react';
import { panelGroupProfile, type Panel, type PanelSummary, type StoredProfile } from '@/domain';
import { showNotice } from '@/state/notices';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { panelEdits } from '@/state/panelActions';

/**
 * "Use as profile": the group weights on the base profile's money settings become a profile that
 * Compare and What it takes use like any other. The members' inputs stay as they are; one undo
 * step takes it back.
 */
export function UseAsProfile({
  panel,
  summary,
  base,
}: {
  panel: Panel;
  summary: PanelSummary;
  base: StoredProfile;
}) {
  const saveGroupProfile = panelEdits.applyPanelProfile;
  const undo = useWorkspaceStore((s) => s.undo);
  const groupProfile = useWorkspaceStore((s) =>
    s.workspace.profiles.find((p) => p.id === panel.groupProfileId),
  );
  const activeId = useWorkspaceStore((s) => s.workspace.activeProfileId);
  const [error, setError] = useState<string | null>(null);
  const apply = () => {
    const profile = panelGroupProfile(summary, base, { name: `${panel.name} — group view` });
    const id = saveGroupProfile(panel.id, { ...profile, id: base.id }, base.id);
    if (!id)
      return setError('Not saved: the workspace could not take another profile (at most 20).');
    setError(null);
    const name = useWorkspaceStore.getState().workspace.profiles.find((p) => p.id === id)?.name;
    showNotice({
      message: `Compare now scores with “${name}”, the panel's group weights on ${base.name}'s money settings.`,
      action: { label: 'Undo', run: undo },
    });
  };
  const inUse = groupProfile !== undefined && groupProfile.id === activeId;
  return (
    <div className="panel-use">
      <button type="button" className="btn btn--primary" onClick={apply}>
        {groupProfile ? 'Update the group profile' : 'Use as profile'}
      </button>
      <p className="muted small">
        {inUse
          ? `“${groupProfile.name}” is the active profile: Compare scores with the group weights.`
          : `Makes the group weights (${summary.method}) a profile with ${base.name}'s money settings, and scores Compare with it. Each member's own view is kept.`}
      </p>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
