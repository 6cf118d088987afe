/** The built-in dimensions. Money dimensions are scored by value function; rated ones by rating / 10. */
export type DimensionKind = 'money' | 'rating';

export interface DimensionInfo {
  id: string;
  kind: DimensionKind;
  label: string;
  description: string;
  /** What a low (0–3), middle (4–6) and high (7–10) rating means for AI work. */
  anchors: { low: string; mid: string; high: string };
}

export const MONEY_DIMENSIONS = ['cash', 'equity'] as const;
export const RATED_DIMENSIONS = ['scope', 'data', 'roadmap', 'commitment'] as const;
export const BUILT_IN_DIMENSION_IDS = [...MONEY_DIMENSIONS, ...RATED_DIMENSIONS] as const;
/** Ids a custom dimension may never take: the built-ins and the constraint-only figures. */
export const RESERVED_DIMENSION_IDS: readonly string[] = [
  ...BUILT_IN_DIMENSION_IDS,
  'base',
  'totalcomp',
];

export const BUILT_IN_DIMENSIONS: readonly DimensionInfo[] = [
  {
    id: 'cash',
    kind: 'money',
    label: 'Cash',
    description: 'Average yearly cash over the horizon: base + bonus + sign-on',
    anchors: { low: '', mid: '', high: '' },
  },
  {
    id: 'equity',
    kind: 'money',
    label: 'Equity',
    description: 'Average yearly risk-adjusted equity value over the horizon',
    anchors: { low: '', mid: '', high: '' },
  },
  {
    id: 'scope',
    kind: 'rating',
    label: 'Technical scope',
    description: 'Scope of technical ownership',
    anchors: {
      low: 'Implements tickets inside a system others designed',
      mid: 'Owns a component or model end to end',
      high: 'Sets the technical direction of a whole model or platform',
    },
  },
  {
    id: 'data',
    kind: 'rating',
    label: 'Data access',
    description: 'Access to meaningful datasets and compute',
    anchors: {
      low: 'No production data for months; compute by ticket',
      mid: 'Shared, restricted datasets and a modest compute quota',
      high: 'Direct access to large proprietary data and ample compute',
    },
  },
  {
    id: 'roadmap',
    kind: 'rating',
    label: 'Roadmap influence',
    description: 'Influence over the product roadmap',
    anchors: {
      low: 'Roadmap handed down; AI work follows product asks',
      mid: 'Consulted on priorities for your area',
      high: 'Shapes what the company builds and ships next',
    },
  },
  {
    id: 'commitment',
    kind: 'rating',
    label: 'AI commitment',
    description: 'Organizational commitment to AI and executive sponsorship',
    anchors: {
      low: 'AI is a side experiment without a budget line',
      mid: 'Funded AI team with a sponsoring VP',
      high: 'AI is the company strategy, sponsored by the CEO and board',
    },
  },
];

export function isMoneyDimension(id: string): boolean {
  return id === 'cash' || id === 'equity';
}

/** A missing rating counts as the midpoint of the 0–10 scale. */
export const DEFAULT_RATING = 5;
