import { useState } from 'react';
import { TRACKS, type StoredOffer, type Track } from '@/domain';
import { MoneyField } from '@/components/MoneyField';
import { PercentField } from '@/components/PercentField';
import { TextField } from './TextField';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { CurrencyConvertPrompt } from './CurrencyConvertPrompt';
import { currencyChoices } from '@/components/currencies';
import { SelectField } from './SelectField';
import type { OfferEdit } from './useOfferEdit';
import { StartDateField } from './StartDateField';

const TRACK_LABELS: Record<Track, string> = {
  research: 'Research',
  production: 'Production',
  hybrid: 'Hybrid',
};

interface Props {
  offer: StoredOffer;
  edit: OfferEdit;
  autoSelectName?: boolean;
}

export function PaySection({ offer, edit, autoSelectName }: Props) {
  const currencies = currencyChoices(offer.currency);
  const reportingCurrency = useWorkspaceStore((s) => s.workspace.reportingCurrency);
  // The currency the offer had before the user changed it here, while the prompt is open.
  const [previousCurrency, setPreviousCurrency] = useState<string | null>(null);
  const changeCurrency = (currency: string) => {
    const from = offer.currency;
    const rejected = edit((o) => ({ ...o, currency }));
    if (rejected === null && currency !== from) setPreviousCurrency(previousCurrency ?? from);
    return rejected;
  };
  const cash = (patch: Partial<StoredOffer['cash']>) =>
    edit((o) => ({ ...o, cash: { ...o.cash, ...patch } }));
  return (
    <fieldset>
      <legend>Pay</legend>
      <div className="fields">
        <TextField
          label="Offer name"
          value={offer.name}
          maxLength={80}
          autoSelect={autoSelectName}
          className="offer-field--wide"
          onChange={(name) => edit((o) => ({ ...o, name }))}
        />
        <TextField
          label="Company"
          value={offer.company}
          maxLength={80}
          onChange={(company) => edit((o) => ({ ...o, company }))}
        />
        <SelectField
          label="Track"
          value={offer.track}
          options={TRACKS.map((t) => ({ value: t, label: TRACK_LABELS[t] }))}
          hint="Research, production or both"
          onChange={(track) => edit((o) => ({ ...o, track }))}
        />
        <SelectField
          label="Currency"
          value={offer.currency}
          options={currencies.map((c) => ({ value: c, label: c }))}
          hint={
            offer.currency === reportingCurrency
              ? 'All amounts of this offer'
              : `All amounts of this offer; converted to ${reportingCurrency} at the rate under Exchange rates, below`
          }
          onChange={changeCurrency}
        />
        {previousCurrency !== null && previousCurrency !== offer.currency ? (
          <CurrencyConvertPrompt
            offer={offer}
            from={previousCurrency}
            edit={edit}
            onDone={() => setPreviousCurrency(null)}
          />
        ) : null}
        <MoneyField
          label="Base salary"
          currency={offer.currency}
          value={offer.cash.base}
          hint="Yearly"
          onChange={(base) => cash({ base })}
        />
        <PercentField
          label="Yearly raise"
          value={offer.cash.raisePct}
          hint="Applied to base from year 2"
          onChange={(raisePct) => cash({ raisePct })}
        />
        <StartDateField offer={offer} edit={edit} />
      </div>
    </fieldset>
  );
}
