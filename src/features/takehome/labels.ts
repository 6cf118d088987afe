import type { OfferLocation } from '@/domain';

/** What each location means to a candidate (docs/design/tax.md §1). Plain text: no tax code here. */
export const LOCATION_LABELS: Record<OfferLocation, string> = {
  none: 'Not modeled',
  'US-TX': 'Texas (Austin, Dallas)',
  'US-WA': 'Washington (Seattle, Bellevue)',
  'US-CA': 'California (San Francisco, Bay Area)',
  'US-NY': 'New York State, outside NYC',
  'US-NYC': 'New York City',
  'US-MA': 'Massachusetts (Boston, Cambridge)',
  'GB-ENG': 'England (London; UK outside Scotland)',
};

/** The short place name used in table headings. */
export const LOCATION_SHORT: Record<OfferLocation, string> = {
  none: 'Not modeled',
  'US-TX': 'Texas',
  'US-WA': 'Washington',
  'US-CA': 'California',
  'US-NY': 'New York State',
  'US-NYC': 'New York City',
  'US-MA': 'Massachusetts',
  'GB-ENG': 'England',
};

export const RULE_STATUS_LABELS = {
  official: 'Official',
  held: 'Held from last year',
  unverified: 'Unverified',
  user: 'Edited by you',
} as const;
