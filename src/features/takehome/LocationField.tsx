import { useState } from 'react';
import { OFFER_LOCATIONS, type OfferLocation, type StoredOffer } from '@/domain';
import { Field } from '@/components/Field';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { LOCATION_LABELS } from './labels';

/** Where the offer's wages are taxed (for take-home), mounted in the offer editor by the app. */
export default function LocationField({ offer }: { offer: StoredOffer }) {
  const updateOffer = useWorkspaceStore((s) => s.updateOffer);
  const [error, setError] = useState<string | null>(null);
  return (
    <fieldset>
      <legend>Tax location</legend>
      <Field
        label="Taxed in"
        hint="Where you would live and be taxed: Compare shows take-home after this place’s taxes."
        error={error}
      >
        {({ inputId, describedBy }) => (
          <select
            id={inputId}
            aria-describedby={describedBy}
            value={offer.location}
            onChange={(e) => {
              const location = e.target.value as OfferLocation;
              const result = updateOffer(offer.id, (o) => ({ ...o, location }));
              setError(
                result.ok ? null : `Not saved: ${result.issues.map((i) => i.message).join('; ')}`,
              );
            }}
          >
            {OFFER_LOCATIONS.map((l) => (
              <option key={l} value={l}>
                {LOCATION_LABELS[l]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </fieldset>
  );
}
