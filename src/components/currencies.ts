/** Currencies offered in pickers (ISO 4217). A stored code outside the list is kept and listed too. */
export const COMMON_CURRENCIES: readonly string[] = [
  'USD',
  'EUR',
  'GBP',
  'CAD',
  'CHF',
  'AUD',
  'SGD',
  'JPY',
  'INR',
  'CNY',
  'SEK',
  'ILS',
];

/** The common list, with `current` first when it is not among them. */
export function currencyChoices(current: string): readonly string[] {
  return COMMON_CURRENCIES.includes(current) ? COMMON_CURRENCIES : [current, ...COMMON_CURRENCIES];
}
