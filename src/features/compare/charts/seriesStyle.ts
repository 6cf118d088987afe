/**
 * How an offer looks in every chart: its Okabe–Ito color plus a dash pattern and marker, so
 * series stay distinguishable without color. Indexed by the offer's workspace position.
 */
import type { SymbolType } from 'recharts';
import { offerColor } from '@/components/offerColors';

const DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 4', '12 2 2 2 2 2', '1 2', '6 2 6 6'] as const;
const MARKERS: readonly SymbolType[] = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'star',
  'cross',
  'wye',
];

/** Opacity per comp component: the offer's color, solid for base and lighter for the rest. */
export const COMPONENT_OPACITY = { base: 1, bonus: 0.7, signOn: 0.45, equity: 0.22 } as const;

export interface SeriesStyle {
  color: string;
  dash: string | undefined;
  marker: SymbolType;
}

export function seriesStyle(index: number): SeriesStyle {
  const i = Math.max(0, index);
  const dash = DASHES[i % DASHES.length];
  return {
    color: offerColor(i),
    dash: dash === '' ? undefined : dash,
    marker: MARKERS[i % MARKERS.length]!,
  };
}
