import { useState } from 'react';
import type { StoredProfile } from '@/domain';
import { currencyChoices } from '@/components/currencies';
import { Field } from '@/components/Field';
import { NumberField } from '@/components/NumberField';
import { useProfileEditor } from './profileEdits';

/** The horizon the money is averaged over, and the currency the profile's amounts are in. */
export function ScoringSettings({ profile }: { profile: StoredProfile }) {
  const edit = useProfileEditor(profile.id);
  const [currencyError, setCurrencyError] = useState<string | null>(null);
  const currencies = currencyChoices(profile.currency);

  return (
    <section className="card" aria-labelledby="scoring-settings-heading">
      <h2 id="scoring-settings-heading">Horizon and currency</h2>
      <div className="fields">
        <NumberField
          key={profile.id}
          label="Horizon (years)"
          hint="Cash and equity are averaged over these years (1–10)."
          value={profile.horizonYears}
          min={1}
          max={10}
          integer
          onChange={(horizonYears) => edit((p) => ({ ...p, horizonYears }))}
        />
        <Field
          label="Profile currency"
          hint="Walk-away, ideal and must-have amounts are in this currency; offers in others are converted."
          error={currencyError}
        >
          {({ inputId, describedBy }) => (
            <select
              id={inputId}
              aria-describedby={describedBy}
              value={profile.currency}
              onChange={(e) => setCurrencyError(edit((p) => ({ ...p, currency: e.target.value })))}
            >
              {currencies.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </section>
  );
}
