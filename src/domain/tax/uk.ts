/**
 * United Kingdom 2026/27, England, Wales and Northern Ireland (tax.md §4.8); ANI = wages here:
 *   PA         = max(0, ceil(12,570 − max(0, ANI − 100,000) / 2))
 *   incomeTax  = 20% × [0, 37,700) + 40% × [37,700, 125,140) + 45% × [125,140, ∞) of max(0, ANI − PA)
 *   niEmployee = 8% × max(0, min(E, 50,270) − 12,570) + 2% × max(0, E − 50,270)
 * The UK taxes individuals: filing status and spouse's wages are ignored.
 */
import { bracketFormula, bracketTax } from './brackets';
import { amt, MINUS, pct } from './format';
import type { RawLine } from './lines';
import type { UkParams } from './params';

/** Personal allowance after the taper, rounded up to the pound. */
export function personalAllowance(ani: number, p: UkParams): number {
  const withdrawn = (Math.max(0, ani - p.taperThreshold) * p.withdrawalPct) / 100;
  return Math.max(0, Math.ceil(p.pa - withdrawn - 1e-9));
}

export const ukIncomeTax = (ani: number, allowance: number, p: UkParams): number =>
  bracketTax(Math.max(0, ani - allowance), p.brackets);

export const ukNi = (wages: number, p: UkParams): number =>
  (p.mainRate * Math.max(0, Math.min(wages, p.uel) - p.pt)) / 100 +
  (p.upperRate * Math.max(0, wages - p.uel)) / 100;

export function ukLines(wages: number, p: UkParams): RawLine[] {
  const allowance = personalAllowance(wages, p);
  const taxable = Math.max(0, wages - allowance);
  return [
    {
      id: 'uk.incomeTax',
      label: 'UK income tax',
      amount: ukIncomeTax(wages, allowance, p),
      ruleIds: [
        'GB-ENG.personalAllowance',
        'GB-ENG.taper.threshold',
        'GB-ENG.taper.withdrawal',
        'GB-ENG.brackets',
      ],
      explain(r) {
        return `uk.incomeTax = ${bracketFormula(taxable, p.brackets)} = ${r}; taxable ${amt(taxable)} = max(0, ${amt(wages)} ${MINUS} personal allowance ${amt(allowance)}); allowance = max(0, ceil(${amt(p.pa)} ${MINUS} ${pct(p.withdrawalPct)} × max(0, ${amt(wages)} ${MINUS} ${amt(p.taperThreshold)})))`;
      },
    },
    {
      id: 'uk.niEmployee',
      label: 'UK National Insurance (employee)',
      amount: ukNi(wages, p),
      ruleIds: [
        'GB-ENG.ni.primaryThreshold',
        'GB-ENG.ni.upperEarningsLimit',
        'GB-ENG.ni.mainRate',
        'GB-ENG.ni.upperRate',
      ],
      explain(r) {
        return `uk.niEmployee = ${pct(p.mainRate)} × max(0, min(${amt(wages)}, ${amt(p.uel)}) ${MINUS} ${amt(p.pt)}) + ${pct(p.upperRate)} × max(0, ${amt(wages)} ${MINUS} ${amt(p.uel)}) = ${r}`;
      },
    },
  ];
}
