import { BUILT_IN_DIMENSIONS, type CustomDimension } from '@/domain';
import { formatMoney, formatNumber } from '@/components/format';

export type LabelOf = (dimensionId: string) => string;

/** Dimension labels: built-ins first, then the user's own dimensions. */
export function dimensionLabels(custom: readonly CustomDimension[]): LabelOf {
  const labels = new Map<string, string>();
  for (const d of BUILT_IN_DIMENSIONS) labels.set(d.id, d.label);
  for (const d of custom) labels.set(d.id, d.label);
  return (id) => labels.get(id) ?? id;
}

const MONEY_LEVER_LABELS: Record<string, string> = {
  base: 'Base salary',
  bonusTargetPct: 'Bonus target',
  signOn: 'Sign-on bonus',
  rsuGrant: 'Added RSU grant',
};

/** "Base salary", "Added RSU grant" or "Data access (rating)" for an engine lever name. */
export function leverLabel(lever: string, labelOf: LabelOf): string {
  if (lever.startsWith('rating:')) return `${labelOf(lever.slice('rating:'.length))} (rating)`;
  return MONEY_LEVER_LABELS[lever] ?? labelOf(lever);
}

/** A lever's value as a person reads it: money, a percent or a rating. */
export function leverValueText(lever: string, value: number, currency: string): string {
  if (lever === 'bonusTargetPct') return `${formatNumber(value, 1)}%`;
  if (lever.startsWith('rating:')) return `${formatNumber(value, 1)} / 10`;
  return formatMoney(value, currency);
}
