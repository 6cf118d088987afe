import type { Equity } from '@/domain';
import { formatMoney, formatNumber } from '@/components/format';
import { grantValueOf, optionSpreadValue } from './grantValue';

/**
 * What the initial grant is worth today, in words. RSUs: shares × share price. Options: the
 * spread, shares × max(0, price − strike), which is what exercising today would net, with the
 * paper value (shares × price) beside it so neither is mistaken for the other.
 */
export function grantWorthText(equity: Equity, currency: string): string {
  const paper = grantValueOf(equity.shares, equity.sharePrice);
  if (equity.type !== 'options') return `worth ${formatMoney(paper, currency)} today`;
  const spread = optionSpreadValue(equity.shares, equity.sharePrice, equity.strikePrice);
  return `spread value ${formatMoney(spread, currency)} today after the ${formatMoney(equity.strikePrice, currency)} strike (paper value ${formatMoney(paper, currency)})`;
}

/** Hint under the share count. */
export function sharesHint(equity: Equity, currency: string): string {
  return `Initial grant, ${grantWorthText(equity, currency)}`;
}

/** Hint under the grant value: the shares it became, or that it waits for a share price. */
export function grantValueHint(equity: Equity, currency: string): string {
  if (equity.pendingGrantValue !== undefined)
    return 'Kept until you enter the share price, then converted to shares at that price. Until then this grant counts as no equity.';
  const converted = `Converted at the share price: ${formatNumber(equity.shares)} shares`;
  if (equity.type !== 'options') return converted;
  const spread = optionSpreadValue(equity.shares, equity.sharePrice, equity.strikePrice);
  return `${converted}. That is the paper value; after the ${formatMoney(equity.strikePrice, currency)} strike the spread is ${formatMoney(spread, currency)} today`;
}
