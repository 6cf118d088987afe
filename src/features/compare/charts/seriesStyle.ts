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

export interface SeriesStyle {
  color: string;
  dash: string | undefined;
  marker: SymbolType;
  /** Past the first seven offers markers repeat outlined, so shape and fill stay distinct for 14. */
  hollow: boolean;
}

/** Recharts dot props for a line or radar point in the offer's marker. */
export function markerDot(style: SeriesStyle, r: number) {
  return {
    symbol: style.marker,
    r,
    fill: style.hollow ? 'var(--bg-raised)' : style.color,
    stroke: style.color,
    strokeWidth: style.hollow ? 1.5 : 0,
  };
}

export function seriesStyle(index: number): SeriesStyle {
  const i = Math.max(0, index);
  const dash = DASHES[i % DASHES.length];
  return {
    color: offerColor(i),
    dash: dash === '' ? undefined : dash,
    marker: MARKERS[i % MARKERS.length]!,
    hollow: i % (2 * MARKERS.length) >= MARKERS.length,
  };
}
