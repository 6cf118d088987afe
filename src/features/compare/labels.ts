import { BUILT_IN_DIMENSIONS, type CustomDimension, type FailedConstraint } from '@/domain';
import { formatMoney, formatNumber } from '@/components/format';

/** Looks up a dimension's display label: built-ins first, then the user's own dimensions. */
export type LabelOf = (dimensionId: string) => string;

export function dimensionLabeler(custom: readonly CustomDimension[]): LabelOf {
  const labels = new Map<string, string>();
  for (const d of BUILT_IN_DIMENSIONS) labels.set(d.id, d.label);
  for (const d of custom) labels.set(d.id, d.label);
  return (id) => labels.get(id) ?? id;
}

/** Dimensions a must-have can name besides the scored ones, with money meaning. */
const CONSTRAINT_LABELS: Record<string, string> = { base: 'Base salary', totalComp: 'Total comp' };
const MONEY_CONSTRAINTS = new Set(['base', 'totalComp', 'cash', 'equity']);

/** "Base salary ≥ $220,000" or "Data access ≥ 7"; money in the profile's currency. */
export function mustHaveText(
  constraint: Pick<FailedConstraint, 'dimension' | 'min'>,
  labelOf: LabelOf,
  currency: string,
): string {
  const label = CONSTRAINT_LABELS[constraint.dimension] ?? labelOf(constraint.dimension);
  const amount = MONEY_CONSTRAINTS.has(constraint.dimension)
    ? formatMoney(constraint.min, currency)
    : formatNumber(constraint.min, 1);
  return `${label} ≥ ${amount}`;
}

/** A typographic minus so negative figures read as such: "−7.3". */
export function signed(text: string): string {
  return text.replace(/^-/, '−');
}

/** Points with one decimal and an explicit sign: "+9.0", "−7.3". */
export function signedPoints(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return '0.0';
  return rounded > 0 ? `+${rounded.toFixed(1)}` : `−${Math.abs(rounded).toFixed(1)}`;
}

/** A 0–1 share as a whole percentage: 0.347 → "35%". */
export function percentOf(share: number): string {
  return `${Math.round(share * 100)}%`;
}
