import { PANEL_ROLES, PANEL_ROLE_LABELS, type PanelRole, type WeightMethod } from '@/domain';

/** Role choices as the Add member form lists them. */
export const ROLE_OPTIONS: { id: PanelRole; label: string }[] = PANEL_ROLES.map((id) => ({
  id,
  label: PANEL_ROLE_LABELS[id],
}));

export const METHOD_OPTIONS: { id: WeightMethod; label: string }[] = [
  { id: 'direct', label: 'Sliders' },
  { id: 'rank', label: 'Ranking' },
  { id: 'ahp', label: 'Pairwise questions' },
];

export const methodLabel = (method: WeightMethod): string =>
  METHOD_OPTIONS.find((m) => m.id === method)?.label ?? method;

/**
 * Member colors: the Okabe–Ito colorblind-safe hues that read on both themes (black and yellow
 * left out), always paired with a marker shape so color is never the only cue.
 */
export const MEMBER_COLORS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#999999',
];
export const memberColor = (k: number): string => MEMBER_COLORS[k % MEMBER_COLORS.length]!;
