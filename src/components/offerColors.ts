/**
 * Okabe–Ito colorblind-safe palette: one color per offer, the same in every chart and table.
 * Index by the offer's position in the workspace so colors never shuffle when scores change.
 */
export const OFFER_COLORS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
] as const;

export function offerColor(index: number): string {
  return OFFER_COLORS[((index % OFFER_COLORS.length) + OFFER_COLORS.length) % OFFER_COLORS.length]!;
}

/** Dimension colors for stacked contribution bars (distinct from offer colors by pattern of use). */
export const DIMENSION_COLORS: Record<string, string> = {
  cash: '#0072B2',
  equity: '#56B4E9',
  scope: '#009E73',
  data: '#E69F00',
  roadmap: '#CC79A7',
  commitment: '#D55E00',
};
const EXTRA_DIMENSION_COLORS = ['#999999', '#7f6000', '#4b0082', '#2f4f4f'];

export function dimensionColor(id: string, index = 0): string {
  return DIMENSION_COLORS[id] ?? EXTRA_DIMENSION_COLORS[index % EXTRA_DIMENSION_COLORS.length]!;
}
