import type { Offer } from '../schemas/offer';

/** Preset equity assumptions applied to every offer of a comparison. */
export type EquityOutlook = 'conservative' | 'expected' | 'optimistic';

export const EQUITY_OUTLOOKS: readonly { id: EquityOutlook; label: string; description: string }[] =
  [
    {
      id: 'conservative',
      label: 'Conservative',
      description:
        'No share-price growth (declines kept) and private-company success chances halved',
    },
    { id: 'expected', label: 'Expected', description: 'Each offer exactly as entered' },
    {
      id: 'optimistic',
      label: 'Optimistic',
      description:
        'Share-price growth 10 points higher and private-company success chances × 1.5 (at most 100%)',
    },
  ];

/** Growth in the schema is capped at 200 %/year. */
const MAX_GROWTH_PCT = 200;

/**
 * The offer as the outlook models it. 'expected' returns the same object.
 * conservative: growthPct = min(growthPct, 0); private successPct ÷ 2.
 * optimistic: growthPct + 10 (≤ 200); private successPct × 1.5 (≤ 100).
 */
export function applyOutlook(offer: Offer, outlook: EquityOutlook): Offer {
  if (outlook === 'expected' || offer.equity.type === 'none') return offer;
  const eq = offer.equity;
  const isPrivate = eq.liquidity === 'private';
  const equity =
    outlook === 'conservative'
      ? {
          ...eq,
          growthPct: Math.min(eq.growthPct, 0),
          successPct: isPrivate ? eq.successPct / 2 : eq.successPct,
        }
      : {
          ...eq,
          growthPct: Math.min(MAX_GROWTH_PCT, eq.growthPct + 10),
          successPct: isPrivate ? Math.min(100, eq.successPct * 1.5) : eq.successPct,
        };
  return { ...offer, equity };
}
