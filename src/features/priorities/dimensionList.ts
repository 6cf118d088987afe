import { BUILT_IN_DIMENSIONS, type CustomDimension } from '@/domain';

/** A dimension as the priorities view lists it: built-ins first, then the user's own. */
export interface DimensionOption {
  id: string;
  label: string;
  kind: 'money' | 'rating';
}

export function dimensionOptions(custom: readonly CustomDimension[]): DimensionOption[] {
  return [
    ...BUILT_IN_DIMENSIONS.map((d) => ({ id: d.id, label: d.label, kind: d.kind })),
    ...custom.map((d) => ({ id: d.id, label: d.label, kind: 'rating' as const })),
  ];
}

export function labelOf(dimensions: readonly DimensionOption[], id: string): string {
  return dimensions.find((d) => d.id === id)?.label ?? id;
}
