import { useId } from 'react';
import { GRANT_ENTRY_MODES, type Equity, type GrantEntryMode, type StoredOffer } from '@/domain';
import { MoneyField } from '@/components/MoneyField';
import { NumberField } from '@/components/NumberField';
import {
  equityWithGrantValue,
  equityWithSharePrice,
  equityWithShares,
  shownGrantValue,
} from './grantValue';
import { grantValueHint, sharesHint } from './grantHints';
import type { OfferEdit } from './useOfferEdit';

/**
 * The grant as a number of shares, or as a value converted to shares at the share price. The
 * entry mode and a value typed before the price are stored with the offer, so neither is lost.
 */
export function GrantAmountFields({ offer, edit }: { offer: StoredOffer; edit: OfferEdit }) {
  const { equity, currency } = offer;
  const mode = equity.grantEntry ?? 'shares';
  const name = useId();
  const editEquity = (change: (e: Equity) => Equity) =>
    edit((o) => ({ ...o, equity: change(o.equity) }));

  // Switching to a share count drops a value still waiting for a price: the count replaces it.
  const setMode = (grantEntry: GrantEntryMode) =>
    editEquity((e) =>
      grantEntry === 'shares'
        ? { ...equityWithShares(e, e.shares), grantEntry }
        : { ...e, grantEntry },
    );

  return (
    <>
      <div className="offer-grant-entry" role="radiogroup" aria-labelledby={`${name}-label`}>
        <span id={`${name}-label`} className="field-label">
          Enter the grant as
        </span>
        {GRANT_ENTRY_MODES.map((m) => (
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
          onChange={(price) => editEquity((e) => equityWithSharePrice(e, price))}
        />
        {mode === 'shares' ? (
          <NumberField
            label="Shares"
            value={equity.shares}
            hint={sharesHint(equity, currency)}
            onChange={(shares) => editEquity((e) => equityWithShares(e, shares))}
          />
        ) : (
          <MoneyField
            label="Grant value"
            currency={currency}
            value={shownGrantValue(equity)}
            hint={grantValueHint(equity, currency)}
            onChange={(value) => editEquity((e) => equityWithGrantValue(e, value))}
          />
        )}
      </div>
    </>
  );
}
