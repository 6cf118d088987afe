import type { Equity, EquityType, StoredOffer } from '@/domain';
import { MoneyField } from '@/components/MoneyField';
import { PercentField } from '@/components/PercentField';
import { OptionalNumberField } from '@/components/OptionalNumberField';
import { SelectField } from './SelectField';
import { GrantAmountFields } from './GrantAmountFields';
import { VestingFields } from './VestingFields';
import { FmvPriceField } from './FmvPriceField';
import type { OfferEdit } from './useOfferEdit';

const TYPE_OPTIONS: { value: EquityType; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'rsu', label: 'RSUs' },
  { value: 'options', label: 'Stock options' },
];
const LIQUIDITY_OPTIONS = [
  { value: 'public', label: 'Public (sellable)' },
  { value: 'private', label: 'Private' },
] as const;

export function EquitySection({ offer, edit }: { offer: StoredOffer; edit: OfferEdit }) {
  const { equity, currency } = offer;
  const setEquity = (patch: Partial<Equity>) =>
    edit((o) => ({ ...o, equity: { ...o.equity, ...patch } }));

  return (
    <fieldset>
      <legend>Equity</legend>
      <div className="fields">
        <SelectField
          label="Equity type"
          value={equity.type}
          options={TYPE_OPTIONS}
          onChange={(type) => setEquity({ type })}
        />
      </div>
      {equity.type === 'none' ? (
        <p className="muted small">
          No equity in this offer. Pick RSUs or stock options to model a grant.
        </p>
      ) : (
        <>
          <GrantAmountFields offer={offer} edit={edit} />
          <div className="fields">
            {equity.type === 'options' ? (
              <MoneyField
                label="Strike price"
                currency={currency}
                value={equity.strikePrice}
                hint="What you pay per share to exercise"
                onChange={(strikePrice) => setEquity({ strikePrice })}
              />
            ) : null}
            <PercentField
              label="Yearly share-price growth"
              value={equity.growthPct}
              min={-90}
              max={200}
              hint="Assumed yearly change of the share price; may be negative"
              onChange={(growthPct) => setEquity({ growthPct })}
            />
            <SelectField
              label="Liquidity"
              value={equity.liquidity}
              options={LIQUIDITY_OPTIONS}
              hint="Private shares are discounted for risk and dilution"
              onChange={(liquidity) => setEquity({ liquidity })}
            />
          </div>
          {equity.liquidity === 'private' ? (
            <div className="fields offer-equity-private">
              <PercentField
                label="Success chance"
                value={equity.successPct}
                hint="Chance the shares are ever worth the modeled price"
                onChange={(successPct) => setEquity({ successPct })}
              />
              <PercentField
                label="Dilution"
                value={equity.dilutionPct}
                max={99}
                hint="Total dilution expected before a sale or IPO"
                onChange={(dilutionPct) => setEquity({ dilutionPct })}
              />
              <OptionalNumberField
                label="Fully diluted shares"
                value={equity.fullyDilutedShares}
                min={1}
                integer
                hint="Optional: all shares and options outstanding, for exit values. Clear it to leave it unset."
                onChange={(fullyDilutedShares) => setEquity({ fullyDilutedShares })}
              />
              <FmvPriceField offer={offer} edit={edit} />
            </div>
          ) : null}
          <VestingFields offer={offer} edit={edit} />
        </>
      )}
    </fieldset>
  );
}
