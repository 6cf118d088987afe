import { useState } from 'react';
import type { StoredProfile } from '@/domain';
import { Field } from '@/components/Field';
import { showNotice } from '@/state/notices';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { PRIORITY_PRESETS, presetById, type PriorityPreset } from './presets';
import { useProfileEditor } from './profileEdits';

/** The preset's fields as a profile edit: its weights, value function, horizon and must-haves. */
function presetFields(preset: PriorityPreset) {
  const fields = structuredClone(preset.profile);
  return { ...fields, method: 'direct' as const, ranking: [], pairwise: {} };
}

/** Start from a preset: apply it to the current profile, or create a new profile from it. */
export function PresetPicker({ profile }: { profile: StoredProfile }) {
  const [presetId, setPresetId] = useState<string>(PRIORITY_PRESETS[0]!.id);
  const addProfile = useWorkspaceStore((s) => s.addProfile);
  const edit = useProfileEditor(profile.id);
  const preset = presetById(presetId) ?? PRIORITY_PRESETS[0]!;

  const apply = () => {
    const error = edit((p) => ({ ...p, ...presetFields(preset) }) as StoredProfile);
    showNotice(
      error
        ? { message: error, tone: 'error' }
        : {
            message: `Applied "${preset.label}" to "${profile.name}"`,
            action: { label: 'Undo', run: () => useWorkspaceStore.getState().undo() },
          },
    );
  };
  const create = () => {
    addProfile({ ...presetFields(preset), name: preset.label } as Partial<StoredProfile>);
  };

  return (
    <div className="preset-picker">
      <Field label="Preset" hint={preset.description}>
        {({ inputId, describedBy }) => (
          <select
            id={inputId}
            aria-describedby={describedBy}
            value={presetId}
            onChange={(e) => setPresetId(e.target.value)}
          >
            {PRIORITY_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="btn-row">
        <button type="button" className="btn btn--small" onClick={apply}>
          Apply to this profile
        </button>
        <button type="button" className="btn btn--small" onClick={create}>
          New profile from preset
        </button>
      </div>
    </div>
  );
}
