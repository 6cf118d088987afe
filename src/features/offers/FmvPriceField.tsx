import type { StoredOffer } from '@/domain';
import { ParsedField } from '@/components/ParsedField';
import { parseMoney } from '@/components/parseAmount';
import { formatNumber } from '@/components/format';
import type { OfferEdit } from './useOfferEdit';

/**
 * equity.fmvPrice: the 409A price of one common share at a private company. Grant-date fair
 * value and the equity expense use it (DESIGN.md); empty means "same as the share price".
 */
export function FmvPriceField({ offer, edit }: { offer: StoredOffer; edit: OfferEdit }) {
  return (
    <ParsedField<number | undefined>
      label="409A price (fair market value)"
      value={offer.equity.fmvPrice}
      suffix={offer.currency}
      placeholder="Same as share price"
      hint="Per common share; used for the grant's fair value and equity expense. Leave empty to use the share price."
      parse={(text) => (text.trim() === '' ? { ok: true, value: undefined } : parseMoney(text))}
      format={(value) => (value === undefined ? '' : formatNumber(value, 2))}
      onChange={(fmvPrice) =>
        edit((o) => {
          const { fmvPrice: _old, ...equity } = o.equity;
          return { ...o, equity: fmvPrice === undefined ? equity : { ...equity, fmvPrice } };
        })
      }
    />
  );
}
