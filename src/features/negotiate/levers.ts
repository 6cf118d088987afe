import { isMoneyDimension, type Lever, type Offer, type Profile } from '@/domain';

/** What the user set for one lever: whether the company may move it, and how far. */
export interface LeverSetting {
  on: boolean;
  max: number;
  /** Rated dimensions only: employer cost of one rating point for one year. */
  costPerPointPerYear?: number;
}

export type LeverSettings = Record<string, LeverSetting>;

/** Lever keys in the order the engine sees them (order breaks ties, decide.md T3). */
export const MONEY_LEVERS = ['base', 'bonusTargetPct', 'signOn', 'rsuGrant'] as const;

/** Extra room offered by default where the offer has no band to read a maximum from. */
const DEFAULT_SIGN_ON_ROOM = 50_000;
const DEFAULT_GRANT_ROOM = 200_000;

/** Whether a new-grant lever makes sense: RSUs with a price and no grant already under way. */
export const canAddGrant = (offer: Offer) =>
  offer.equity.type === 'rsu' && offer.equity.sharePrice > 0 && offer.equity.elapsedMonths === 0;

/** Rated dimensions the profile weighs: each can become a lever once it has a cost per point. */
export function ratedDimensions(profile: Profile): string[] {
  return Object.entries(profile.weights)
    .filter(([id, w]) => !isMoneyDimension(id) && w > 0)
    .map(([id]) => id);
}

/**
 * Default settings: base up to the band maximum (or +20 % without a band), the offer's bonus,
 * +$50k sign-on, a new grant up to $200k; rated dimensions off (a promise of more data access is
 * neither free nor certain, so the user turns it on with a cost).
 */
export function defaultLeverSettings(offer: Offer, profile: Profile): LeverSettings {
  const base = offer.cash.base;
  const bandMax = offer.band?.max ?? Math.round(base * 1.2);
  const settings: LeverSettings = {
    base: { on: true, max: Math.max(base, bandMax) },
    bonusTargetPct: { on: true, max: offer.cash.bonusTargetPct },
    signOn: { on: true, max: offer.cash.signOn + DEFAULT_SIGN_ON_ROOM },
    rsuGrant: { on: canAddGrant(offer), max: canAddGrant(offer) ? DEFAULT_GRANT_ROOM : 0 },
  };
  for (const d of ratedDimensions(profile)) {
    settings[`rating:${d}`] = { on: false, max: 10, costPerPointPerYear: 0 };
  }
  return settings;
}

/** The engine's lever list from the settings (levers turned off are left out). */
export function leversFrom(settings: LeverSettings, offer: Offer): Lever[] {
  const levers: Lever[] = [];
  for (const kind of MONEY_LEVERS) {
    const s = settings[kind];
    if (!s?.on) continue;
    if (kind === 'rsuGrant') {
      if (canAddGrant(offer) && s.max > 0) levers.push({ kind, max: s.max });
    } else levers.push({ kind, max: s.max });
  }
  for (const [key, s] of Object.entries(settings)) {
    if (!key.startsWith('rating:') || !s.on) continue;
    levers.push({
      kind: 'rating',
      dimension: key.slice('rating:'.length),
      max: s.max,
      costPerPointPerYear: s.costPerPointPerYear ?? 0,
    });
  }
  return levers;
}
