/** Which anchor text describes a 0–10 rating: low 0–3, middle 4–6, high 7–10 (see dimensions.ts). */
export type AnchorLevel = 'low' | 'mid' | 'high';

export const ANCHOR_LEVELS: readonly { level: AnchorLevel; label: string }[] = [
  { level: 'low', label: 'Low (0–3)' },
  { level: 'mid', label: 'Middle (4–6)' },
  { level: 'high', label: 'High (7–10)' },
];

export function anchorLevel(rating: number): AnchorLevel {
  if (rating < 4) return 'low';
  if (rating < 7) return 'mid';
  return 'high';
}
