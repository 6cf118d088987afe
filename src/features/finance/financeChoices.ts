import { useState } from 'react';

export const ALL_OFFERS = 'all';
export const MAX_FINANCE_YEARS = 10;

/** Which offers and how many years Finance shows; `years` null follows the profile's horizon. */
export interface FinanceChoices {
  offer: string;
  years: number | null;
}

/** Query values to set (a string) or remove (null). */
export type QueryPatch = Record<string, string | null>;

/** Reads ?offer=<id>&years=<1–10> from the view's query; anything else falls back to the default. */
export function financeChoicesFromQuery(query: Readonly<Record<string, string>>): FinanceChoices {
  const years = Number(query.years);
  return {
    offer: query.offer || ALL_OFFERS,
    years: Number.isInteger(years) && years >= 1 && years <= MAX_FINANCE_YEARS ? years : null,
  };
}

/** The query for a change of choices; defaults are removed so the address stays short. */
export function financeQueryPatch(change: Partial<FinanceChoices>): QueryPatch {
  const patch: QueryPatch = {};
  if ('offer' in change)
    patch.offer = change.offer && change.offer !== ALL_OFFERS ? change.offer : null;
  if ('years' in change) patch.years = change.years ? String(change.years) : null;
  return patch;
}

/** Finance's own address: the query is read and written only while it is open there. */
const FINANCE_HASH = /^#\/finance(\?|$)/;

/** The address's query while Finance is open (#/finance?offer=a&years=5), else nothing. */
function queryOfAddress(): Record<string, string> {
  const { hash } = window.location;
  if (!FINANCE_HASH.test(hash)) return {};
  return Object.fromEntries(new URLSearchParams(hash.split('?')[1] ?? ''));
}

/** Writes a patch into the address without a history entry (a choice is not a place to go Back to). */
function writeAddressQuery(patch: QueryPatch): void {
  const { hash } = window.location;
  if (!FINANCE_HASH.test(hash)) return;
  const params = new URLSearchParams(hash.split('?')[1] ?? '');
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const rest = params.toString();
  window.history.replaceState(window.history.state, '', `#/finance${rest ? `?${rest}` : ''}`);
}

/**
 * Finance's offer and years choices, kept in the address like Compare's outlook, so a reload or a
 * copied link keeps them. Rendered anywhere else (a test), they live in state only.
 */
export function useFinanceChoices(): [FinanceChoices, (change: Partial<FinanceChoices>) => void] {
  const [choices, setChoices] = useState<FinanceChoices>(() =>
    financeChoicesFromQuery(queryOfAddress()),
  );
  const change = (next: Partial<FinanceChoices>) => {
    setChoices((current) => ({ ...current, ...next }));
    writeAddressQuery(financeQueryPatch(next));
  };
  return [choices, change];
}
