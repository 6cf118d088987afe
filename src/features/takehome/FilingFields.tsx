import { useState } from 'react';
import type { StoredProfile } from '@/domain';
import { Field } from '@/components/Field';
import { MoneyField } from '@/components/MoneyField';
import { selectActiveProfile, useWorkspaceStore } from '@/state/workspaceStore';

const rejection = (result: { ok: boolean; issues?: { message: string }[] }) =>
  result.ok ? null : `Not saved: ${(result.issues ?? []).map((i) => i.message).join('; ')}`;

/** The active profile's filing status, spouse's wages, and Score on take-home. */
export function FilingFields() {
  const profile = useWorkspaceStore(selectActiveProfile);
  const updateProfile = useWorkspaceStore((s) => s.updateProfile);
  const [error, setError] = useState<string | null>(null);
  const edit = (change: (p: StoredProfile) => StoredProfile) =>
    rejection(updateProfile(profile.id, change));
  const mfj = profile.filing.status === 'mfj';
  return (
    <div className="fields">
      <Field
        label="Filing status"
        hint="US tax only; the UK taxes each person alone."
        error={error}
      >
        {({ inputId, describedBy }) => (
          <select
            id={inputId}
            aria-describedby={describedBy}
            value={profile.filing.status}
            onChange={(e) => {
              const status = e.target.value === 'mfj' ? 'mfj' : 'single';
              setError(edit((p) => ({ ...p, filing: { ...p.filing, status } })));
            }}
          >
            <option value="single">Single</option>
            <option value="mfj">Married filing jointly</option>
          </select>
        )}
      </Field>
      {mfj ? (
        <MoneyField
          key={profile.id}
          label="Spouse’s yearly wages"
          hint="All of the spouse’s W-2 wages; take-home rows then show the household."
          currency="USD"
          value={profile.filing.spouseWages}
          onChange={(spouseWages) => edit((p) => ({ ...p, filing: { ...p.filing, spouseWages } }))}
        />
      ) : null}
      <div className="field">
        <label className="takehome-check">
          <input
            type="checkbox"
            checked={profile.scoreOnTakeHome}
            onChange={(e) => {
              const scoreOnTakeHome = e.target.checked;
              setError(edit((p) => ({ ...p, scoreOnTakeHome })));
            }}
            aria-describedby="score-on-takehome-hint"
          />{' '}
          Score on take-home
        </label>
        <p id="score-on-takehome-hint" className="field__hint">
          {profile.scoreOnTakeHome
            ? 'On: the cash dimension uses cash after tax, and your walk-away and ideal cash amounts are read as after tax. Every offer needs a tax location.'
            : 'Off: scores use cash before tax (the usual way offers are quoted).'}
        </p>
      </div>
    </div>
  );
}
