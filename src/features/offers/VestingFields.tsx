import { useId } from 'react';
import {
  VEST_FREQUENCIES,
  type Equity,
  type StoredOffer,
  type Vesting,
  type VestFrequency,
} from '@/domain';
import { MoneyField } from '@/components/MoneyField';
import { NumberField } from '@/components/NumberField';
import { SelectField } from './SelectField';
import { VestingPresets } from './VestingPresets';
import { CustomWeights } from './CustomWeights';
import { VestingPreview } from './VestingPreview';
import { withYears } from './vestingPresets';
import type { OfferEdit } from './useOfferEdit';

const FREQUENCY_LABELS: Record<VestFrequency, string> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  annual: 'Annual',
};

/** Vesting schedule, presets, custom year weights, a per-year preview and refresh grants. */
export function VestingFields({ offer, edit }: { offer: StoredOffer; edit: OfferEdit }) {
  const { vesting, refresh } = offer.equity;
  const titleId = useId();
  const setVesting = (change: (v: Vesting) => Vesting) =>
    edit((o) => ({ ...o, equity: { ...o.equity, vesting: change(o.equity.vesting) } }));
  const setRefresh = (patch: Partial<Equity['refresh']>) =>
    edit((o) => ({ ...o, equity: { ...o.equity, refresh: { ...o.equity.refresh, ...patch } } }));

  return (
    <section className="offer-vesting" aria-labelledby={titleId}>
      <h3 id={titleId} className="offer-subsection-title">
        Vesting schedule
      </h3>
      <VestingPresets vesting={vesting} onApply={setVesting} />
      <div className="fields">
        <NumberField
          label="Vesting"
          value={vesting.years}
          integer
          min={1}
          max={10}
          suffix="years"
          hint="Years until the whole grant has vested"
          onChange={(years) => setVesting((v) => withYears(v, years))}
        />
        <NumberField
          label="Cliff"
          value={vesting.cliffMonths}
          integer
          max={120}
          suffix="months"
          hint="Nothing vests before; what was scheduled earlier vests at the cliff"
          onChange={(cliffMonths) => setVesting((v) => ({ ...v, cliffMonths }))}
        />
        <SelectField
          label="Vesting frequency"
          value={vesting.frequency}
          options={VEST_FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABELS[f] }))}
          onChange={(frequency) => setVesting((v) => ({ ...v, frequency }))}
        />
      </div>
      {vesting.yearWeights ? (
        <CustomWeights
          weights={vesting.yearWeights}
          onCommit={(yearWeights) => setVesting((v) => ({ ...v, yearWeights }))}
        />
      ) : null}
      <VestingPreview offer={offer} />
      <div className="fields">
        <MoneyField
          label="Refresh grant value"
          currency={offer.currency}
          value={refresh.value}
          hint="Value of each yearly refresh grant; 0 if none"
          onChange={(value) => setRefresh({ value })}
        />
        <NumberField
          label="Refresh start year"
          value={refresh.startYear}
          integer
          min={1}
          max={10}
          hint="First year a refresh grant is made"
          onChange={(startYear) => setRefresh({ startYear })}
        />
      </div>
    </section>
  );
}
