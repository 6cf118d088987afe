import type { CostComponentKey } from './costTable';

/**
 * One Okabe–Ito color per cost component (colorblind-safe, readable on light and dark
 * backgrounds); black is left out so the stack stays visible in dark mode.
 */
export const COST_COLORS: Record<CostComponentKey, string> = {
  base: '#0072B2',
  bonus: '#56B4E9',
  signOn: '#E69F00',
  relocation: '#F0E442',
  benefits: '#009E73',
  payrollTax: '#D55E00',
  equityExpense: '#CC79A7',
};
