import { useId, useState } from 'react';
import type { Band, StoredOffer } from '@/domain';
import { MoneyField } from '@/components/MoneyField';
import { defaultBand } from './defaultBand';
import type { OfferEdit } from './useOfferEdit';

/** The salary band finance compares the base with; optional. */
export function BandSection({ offer, edit }: { offer: StoredOffer; edit: OfferEdit }) {
  const checkboxId = useId();
  const [error, setError] = useState<string | null>(null);
  const { band, currency } = offer;
  const setBand = (patch: Partial<Band>) =>
    edit((o) => (o.band ? { ...o, band: { ...o.band, ...patch } } : o));
  const toggle = (on: boolean) =>
    setError(edit((o) => ({ ...o, band: on ? defaultBand(o.cash.base) : undefined })));

  return (
    <fieldset>
      <legend>Band (for finance)</legend>
      <div className="offer-checkbox-row">
        <input
          id={checkboxId}
          type="checkbox"
          checked={Boolean(band)}
          onChange={(e) => toggle(e.target.checked)}
        />
        <label htmlFor={checkboxId}>This offer has a salary band</label>
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {band ? (
        <div className="fields">
          <MoneyField
            label="Band minimum"
            currency={currency}
            value={band.min}
            onChange={(min) => setBand({ min })}
          />
          <MoneyField
            label="Band midpoint"
            currency={currency}
            value={band.mid}
            hint="Compa-ratio = base ÷ midpoint"
            onChange={(mid) => setBand({ mid })}
          />
          <MoneyField
            label="Band maximum"
            currency={currency}
            value={band.max}
            onChange={(max) => setBand({ max })}
          />
        </div>
      ) : (
        <p className="muted small">
          Add the band for the role so finance can see where the base sits in it.
        </p>
      )}
    </fieldset>
  );
}
