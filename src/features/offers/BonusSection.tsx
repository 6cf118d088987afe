import type { StoredOffer } from '@/domain';
import { MoneyField } from '@/components/MoneyField';
import { PercentField } from '@/components/PercentField';
import { NumberField } from '@/components/NumberField';
import type { OfferEdit } from './useOfferEdit';

export function BonusSection({ offer, edit }: { offer: StoredOffer; edit: OfferEdit }) {
  const cash = (patch: Partial<StoredOffer['cash']>) =>
    edit((o) => ({ ...o, cash: { ...o.cash, ...patch } }));
  const { currency } = offer;
  return (
    <fieldset>
      <legend>Bonus and sign-on</legend>
      <div className="fields">
        <PercentField
          label="Bonus target"
          value={offer.cash.bonusTargetPct}
          max={500}
          hint="% of that year's base"
          onChange={(bonusTargetPct) => cash({ bonusTargetPct })}
        />
        <PercentField
          label="Expected bonus payout"
          value={offer.cash.bonusPayoutPct}
          max={300}
          hint="% of target you expect paid; 100 = on target"
          onChange={(bonusPayoutPct) => cash({ bonusPayoutPct })}
        />
        <MoneyField
          label="Sign-on bonus"
          currency={currency}
          value={offer.cash.signOn}
          hint="Paid in year 1"
          onChange={(signOn) => cash({ signOn })}
        />
        <MoneyField
          label="Year-2 sign-on"
          currency={currency}
          value={offer.cash.signOnYear2}
          hint="Second installment, paid in year 2"
          onChange={(signOnYear2) => cash({ signOnYear2 })}
        />
        <MoneyField
          label="Relocation"
          currency={currency}
          value={offer.cash.relocation}
          hint="One-time, year 1; not part of total comp"
          onChange={(relocation) => cash({ relocation })}
        />
        <NumberField
          label="Clawback months"
          value={offer.cash.clawbackMonths}
          integer
          max={60}
          suffix="months"
          hint="Sign-on repaid if you leave within this time"
          onChange={(clawbackMonths) => cash({ clawbackMonths })}
        />
      </div>
    </fieldset>
  );
}
