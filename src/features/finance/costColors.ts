import type { CostComponentKey } from './costTable';

/**
 * One muted color per cost component: never an offer's or a dimension's color, and at least 3:1
 * against the light and dark backgrounds (see src/components/offerColors.ts and its tests).
 */
export const COST_COLORS: Record<CostComponentKey, string> = {
  base: '#8088BD',
  bonus: '#5A8479',
  signOn: '#A56F53',
  relocation: '#7E8462',
  benefits: '#8971A3',
  payrollTax: '#B87B8D',
  equityExpense: '#80716D',
};
