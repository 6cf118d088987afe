import { useId, useState } from 'react';
import type { Equity, StoredOffer } from '@/domain';
import { MoneyField } from '@/components/MoneyField';
import { NumberField } from '@/components/NumberField';
import { formatMoney, formatNumber } from '@/components/format';
import { grantValueOf, sharesAfterRepricing, sharesForGrantValue } from './grantValue';
import type { OfferEdit } from './useOfferEdit';

type EntryMode = 'shares' | 'value';

/** The grant as a number of shares, or as a value converted to shares at the share price. */
export function GrantAmountFields({ offer, edit }: { offer: StoredOffer; edit: OfferEdit }) {
  const { equity, currency } = offer;
  const [mode, setMode] = useState<EntryMode>('shares');
  const name = useId();
  const setEquity = (patch: Partial<Equity>) =>
    edit((o) => ({ ...o, equity: { ...o.equity, ...patch } }));

  const setGrantValue = (value: number) => {
    const shares = sharesForGrantValue(value, equity.sharePrice);
    if (shares === null)
      return 'Enter the share price first: the grant value is converted to shares at that price';
    return setEquity({ shares });
  };
  const setSharePrice = (sharePrice: number) =>
    // A grant entered as a value keeps its value when the price changes; shares follow.
    setEquity(
      mode === 'value'
        ? { sharePrice, shares: sharesAfterRepricing(equity.shares, equity.sharePrice, sharePrice) }
        : { sharePrice },
    );

  return (
    <>
      <div className="offer-grant-entry" role="radiogroup" aria-labelledby={`${name}-label`}>
        <span id={`${name}-label`} className="field-label">
          Enter the grant as
        </span>
        {(['shares', 'value'] as const).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name={name}
              value={m}
              checked={mode === m}
              onChange={() => setMode(m)}
            />
            {m === 'shares' ? 'Share count' : `Value in ${currency}`}
          </label>
        ))}
      </div>
      <div className="fields">
        <MoneyField
          label="Share price"
          currency={currency}
          value={equity.sharePrice}
          hint={
            equity.liquidity === 'private'
              ? 'Value of one share today (e.g. the latest preferred price)'
              : 'Value of one share today'
          }
          onChange={setSharePrice}
        />
        {mode === 'shares' ? (
          <NumberField
            label="Shares"
            value={equity.shares}
            hint={`Initial grant, worth ${formatMoney(grantValueOf(equity.shares, equity.sharePrice), currency)} today`}
            onChange={(shares) => setEquity({ shares })}
          />
        ) : (
          <MoneyField
            label="Grant value"
            currency={currency}
            value={grantValueOf(equity.shares, equity.sharePrice)}
            hint={`Converted at the share price: ${formatNumber(equity.shares)} shares`}
            onChange={setGrantValue}
          />
        )}
      </div>
    </>
  );
}
