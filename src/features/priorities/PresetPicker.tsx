import { useState } from 'react';
import { workspaceRate, type StoredProfile } from '@/domain';
import { formatNumber } from '@/components/format';
import { Field } from '@/components/Field';
import { showNotice } from '@/state/notices';
import { useWorkspaceStore } from '@/state/workspaceStore';
import {
  PRESET_CURRENCY,
  PRIORITY_PRESETS,
  matchingPreset,
  presetById,
  presetInCurrency,
  type PriorityPreset,
} from './presets';
import { useProfileEditor } from './profileEdits';

/**
 * The preset's fields as a profile edit: its weights, value function, horizon and must-haves,
 * with its USD amounts restated at `rate` (units of the profile's currency per USD).
 */
function presetFields(preset: PriorityPreset, rate = 1) {
  const fields = rate === 1 ? structuredClone(preset.profile) : presetInCurrency(preset, rate);
  return { ...fields, method: 'direct' as const, ranking: [], pairwise: {} };
}

/**
 * Start from a preset: apply it to the current profile, or create a new profile from it. The box
 * says "Choose a preset…" until the profile holds one; then it names that one (until a weight or
 * the horizon is edited away from it). A preset picked but not applied shows as picked.
 */
export function PresetPicker({ profile }: { profile: StoredProfile }) {
  const [picked, setPicked] = useState<string>('');
  const addProfile = useWorkspaceStore((s) => s.addProfile);
  const edit = useProfileEditor(profile.id);
  const applied = matchingPreset(profile);
  const preset = presetById(picked) ?? applied;

  const fxRates = useWorkspaceStore((s) => s.workspace.fxRates);
  const reportingCurrency = useWorkspaceStore((s) => s.workspace.reportingCurrency);
  // Units of this profile's currency per USD (the presets' currency), or null when unknown.
  const rate = workspaceRate(PRESET_CURRENCY, profile.currency, fxRates, reportingCurrency);

  const apply = () => {
    if (!preset) return;
    const error = edit((p) => ({ ...p, ...presetFields(preset, rate ?? 1) }) as StoredProfile);
    const amounts =
      rate === null
        ? ` Its amounts are USD figures, kept as ${profile.currency}: add a USD rate under Exchange rates (Offers) or edit them below.`
        : rate === 1
          ? ''
          : ` Amounts restated in ${profile.currency} at 1 USD = ${formatNumber(rate, 4)} ${profile.currency}.`;
    if (!error) setPicked('');
    showNotice(
      error
        ? { message: error, tone: 'error' }
        : {
            message: `Applied "${preset.label}" to "${profile.name}".${amounts}`,
            action: { label: 'Undo', run: () => useWorkspaceStore.getState().undo() },
          },
    );
  };
  // A new profile keeps this profile's currency when the amounts can be restated, else USD.
  const create = () => {
    if (!preset) return;
    setPicked('');
    addProfile({
      ...presetFields(preset, rate ?? 1),
      currency: rate === null ? PRESET_CURRENCY : profile.currency,
      name: preset.label,
    } as Partial<StoredProfile>);
  };

  const hint = !preset
    ? 'Weights, money range and horizon to start from; you can change them afterwards.'
    : preset === applied
      ? `Applied to this profile. ${preset.description}`
      : `Not applied yet. ${preset.description}`;

  return (
    <div className="preset-picker">
      <Field label="Preset" hint={hint}>
        {({ inputId, describedBy }) => (
          <select
            id={inputId}
            aria-describedby={describedBy}
            value={preset?.id ?? ''}
            onChange={(e) => setPicked(e.target.value)}
          >
            <option value="" disabled>
              Choose a preset…
            </option>
            {PRIORITY_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="btn-row">
        <button type="button" className="btn btn--small" onClick={apply} disabled={!preset}>
          Apply to this profile
        </button>
        <button type="button" className="btn btn--small" onClick={create} disabled={!preset}>
          New profile from preset
        </button>
      </div>
    </div>
  );
}
