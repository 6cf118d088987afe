import type { Constraint } from '@/domain';
import { formatMoney, formatNumber } from '@/components/format';
import type { DimensionOption } from './dimensionList';

/** Something a must-have can require: year-1 base, average total comp, or any dimension's raw value. */
export interface MustHaveTarget {
  id: string;
  label: string;
  /** Money targets take an amount in the profile currency; the rest a 0–10 rating. */
  money: boolean;
}

export function mustHaveTargets(dimensions: readonly DimensionOption[]): MustHaveTarget[] {
  return [
    { id: 'base', label: 'Base salary', money: true },
    { id: 'totalComp', label: 'Total comp', money: true },
    ...dimensions.map((d) => ({ id: d.id, label: d.label, money: d.kind === 'money' })),
  ];
}

/** A sensible first minimum when the user picks a target: a senior base, or a middling-good rating. */
export function defaultMinimum(target: MustHaveTarget | undefined): number {
  return target?.money ? 200_000 : 6;
}

/** "Base salary at least $220,000", "Data access at least 6". */
export function describeMustHave(
  constraint: Constraint,
  targets: readonly MustHaveTarget[],
  currency: string,
): string {
  const target = targets.find((t) => t.id === constraint.dimension);
  const label = target?.label ?? constraint.dimension;
  const amount = target?.money
    ? formatMoney(constraint.min, currency)
    : formatNumber(constraint.min, 1);
  return `${label} at least ${amount}`;
}
