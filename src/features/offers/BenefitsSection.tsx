import type { StoredOffer } from '@/domain';
import { MoneyField } from '@/components/MoneyField';
import type { OfferEdit } from './useOfferEdit';

export function BenefitsSection({ offer, edit }: { offer: StoredOffer; edit: OfferEdit }) {
  const { benefits, currency } = offer;
  return (
    <fieldset>
      <legend>Benefits</legend>
      <div className="fields">
        <MoneyField
          label="Benefits value"
          currency={currency}
          value={benefits.value}
          hint="Yearly value to you: health, 401(k) match, stipends"
          onChange={(value) => edit((o) => ({ ...o, benefits: { ...o.benefits, value } }))}
        />
        <MoneyField
          label="Benefits cost to employer"
          currency={currency}
          value={benefits.employerCost}
          hint="Yearly cost to the company (for finance)"
          onChange={(employerCost) =>
            edit((o) => ({ ...o, benefits: { ...o.benefits, employerCost } }))
          }
        />
      </div>
    </fieldset>
  );
}
