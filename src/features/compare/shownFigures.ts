import type { EmployerCostYear, OfferSummary, YearBreakdown } from '@/domain';
import { roundMoney } from '@/components/format';
import { shownCostYear } from '@/components/roundedCost';

/** A year of pay as the table shows it: whole currency units, total comp the sum of the parts shown. */
export interface ShownYear {
  year: number;
  base: number;
  bonus: number;
  signOn: number;
  equity: number;
  totalComp: number;
}

/** One offer's figures as shown: each rounded once, and every total a sum of shown figures. */
export interface ShownOffer {
  years: ShownYear[];
  cost: EmployerCostYear[];
  /** Σ shown yearly total comp. */
  totalComp: number;
  /** Σ shown yearly employer cost. */
  employerCost: number;
}

export function shownYear(y: YearBreakdown): ShownYear {
  const base = roundMoney(y.base);
  const bonus = roundMoney(y.bonus);
  const signOn = roundMoney(y.signOn);
  const equity = roundMoney(y.equity);
  return { year: y.year, base, bonus, signOn, equity, totalComp: base + bonus + signOn + equity };
}

export function shownOffer(s: OfferSummary): ShownOffer {
  const years = s.years.map(shownYear);
  const cost = s.employerCost.map(shownCostYear);
  return {
    years,
    cost,
    totalComp: years.reduce((t, y) => t + y.totalComp, 0),
    employerCost: cost.reduce((t, y) => t + y.total, 0),
  };
}
