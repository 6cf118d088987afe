/**
 * Offer, dimension and cost-component colors: three palettes that never share a color.
 *
 * Every color has a contrast of at least 3:1 (WCAG 1.4.11, graphics) against all five page and
 * card backgrounds of the light and dark themes (#ffffff, #f5f6f8 / #0f1419, #161b22, #1c2128):
 * relative luminance between about 0.15 and 0.27, so one palette serves both themes.
 *
 * Offers are vivid (OKLCH chroma near the sRGB limit); dimensions and cost components are muted
 * (chroma 0.02–0.08), at least 6 OKLab units (×100) from every offer color, so a dimension never
 * reads as an offer. Chosen by farthest-point search over an OKLCH grid (see test/components).
 */

/**
 * One color per offer, distinct up to the workspace limit (MAX_OFFERS = 50). Index by the offer's
 * position in the workspace so colors never shuffle when scores change. The first
 * SAFE_OFFER_COLORS stay apart under protanopia, deuteranopia and tritanopia simulation; beyond
 * them charts add a second cue (marker shape, see needsSecondCue).
 */
export const OFFER_COLORS = [
  '#1171B2',
  '#BC7D19',
  '#CE1F6B',
  '#9C72FE',
  '#1399B5',
  '#9D5E01',
  '#8247EA',
  '#F04E7F',
  '#159B05',
  '#E306DC',
  '#137B5E',
  '#935799',
  '#2C84FF',
  '#DA3E05',
  '#659868',
  '#B50FF5',
  '#687C02',
  '#AC5159',
  '#BE2EAB',
  '#FA04A6',
  '#435BF5',
  '#CB54FD',
  '#FD0E3C',
  '#918E16',
  '#6867A1',
  '#9D44C4',
  '#187F90',
  '#DC6931',
  '#05831A',
  '#655ED0',
  '#706AFC',
  '#2789D1',
  '#02927B',
  '#A74FF8',
  '#7284EF',
  '#C13CD6',
  '#FB4C10',
  '#0371E0',
  '#90782A',
  '#F2017A',
  '#BC5A2B',
  '#B64189',
  '#D9349A',
  '#D31E3D',
  '#02A05E',
  '#E741C4',
  '#63982A',
  '#8358B9',
  '#1E8A50',
  '#9628FE',
] as const;

/** How many leading offer colors stay distinguishable with color-vision deficiencies. */
export const SAFE_OFFER_COLORS = 8;

export function offerColor(index: number): string {
  const n = OFFER_COLORS.length;
  return OFFER_COLORS[((Math.trunc(index) % n) + n) % n]!;
}

/** True when a chart showing offers at these positions needs a cue besides color. */
export function needsSecondCue(indexes: readonly number[]): boolean {
  return indexes.some((i) => i >= SAFE_OFFER_COLORS);
}

/** Built-in dimension colors for score bars and contribution charts (muted, never an offer's). */
export const DIMENSION_COLORS: Record<string, string> = {
  cash: '#6F6F45',
  equity: '#A57FAE',
  scope: '#5C9592',
  data: '#AB835F',
  roadmap: '#84627E',
  commitment: '#617EAD',
};
/** Custom dimensions, by their position among custom dimensions. */
export const EXTRA_DIMENSION_COLORS = ['#AA6C75', '#5B737A', '#92614E', '#87808C'] as const;

export function dimensionColor(id: string, index = 0): string {
  const n = EXTRA_DIMENSION_COLORS.length;
  return DIMENSION_COLORS[id] ?? EXTRA_DIMENSION_COLORS[((Math.trunc(index) % n) + n) % n]!;
}
