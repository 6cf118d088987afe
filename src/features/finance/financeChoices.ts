import { useState } from 'react';

export const ALL_OFFERS = 'all';
export const MAX_FINANCE_YEARS = 10;

/** Which offers and how many years Finance shows; `years` null follows the profile's horizon. */
export interface FinanceChoices {
  offer: string;
  years: number | null;
}

/** A view query's values to set (a string) or remove (null), as the app's router takes them. */
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

/**
 * Finance's choices kept in the address when the app passes its query (so a reload keeps them),
 * or in local state when rendered on its own.
 */
export function useFinanceChoices(
  query: Readonly<Record<string, string>> | undefined,
  onQueryChange: ((patch: QueryPatch) => void) | undefined,
): [FinanceChoices, (change: Partial<FinanceChoices>) => void] {
  const [local, setLocal] = useState<FinanceChoices>(() => financeChoicesFromQuery(query ?? {}));
  const routed = query !== undefined && onQueryChange !== undefined;
  const choices = routed ? financeChoicesFromQuery(query) : local;
  const change = (next: Partial<FinanceChoices>) => {
    if (routed) onQueryChange(financeQueryPatch(next));
    else setLocal((current) => ({ ...current, ...next }));
  };
  return [choices, change];
}
