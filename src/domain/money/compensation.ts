import { grantsWithin } from './grants';
import type { Offer } from '../schemas/offer';
import type { YearBreakdown } from '../types';

/** One row per year k = 1..years; see DESIGN.md "Vesting and the year breakdown". */
export function compensationByYear(offer: Offer, years: number): YearBreakdown[] {
  const n = Number.isFinite(years) ? Math.max(0, Math.floor(years)) : 0;
  const { equity: equityByYear, equityPaper: paperByYear } = equityValueByYear(offer, n);
  const cash = offer.cash;
  const rows: YearBreakdown[] = [];
  for (let k = 1; k <= n; k++) {
    const base = cash.base * Math.pow(1 + cash.raisePct / 100, k - 1);
    const bonus = ((base * cash.bonusTargetPct) / 100) * (cash.bonusPayoutPct / 100);
    const signOn = k === 1 ? cash.signOn : k === 2 ? cash.signOnYear2 : 0;
    const relocation = k === 1 ? cash.relocation : 0;
    const equity = equityByYear[k - 1] ?? 0;
    const equityPaper = paperByYear[k - 1] ?? 0;
    const benefits = offer.benefits.value;
    const yearCash = base + bonus + signOn;
    const totalComp = yearCash + equity;
    rows.push({
      year: k,
      base,
      bonus,
      signOn,
      relocation,
      equity,
      equityPaper,
      benefits,
      cash: yearCash,
      totalComp,
      totalValue: totalComp + benefits + relocation,
    });
  }
  return rows;
}

/**
 * Value of every vest in each year 1..years, risk-adjusted and on paper.
 * Paper: RSU u × price(m); options u × max(0, price(m) − strike).
 * Private: RSU u × price × (1 − dilution) × success; options u × max(0, price × (1 − dilution) − strike) × success.
 */
export function equityValueByYear(
  offer: Offer,
  years: number,
): { equity: number[]; equityPaper: number[] } {
  const equity = new Array<number>(years).fill(0);
  const equityPaper = new Array<number>(years).fill(0);
  const eq = offer.equity;
  if (eq.type === 'none' || years === 0) return { equity, equityPaper };
  const lastMonth = years * 12;
  const growth = 1 + eq.growthPct / 100;
  const prices = new Array<number>(lastMonth + 1);
  for (let m = 0; m <= lastMonth; m++) prices[m] = eq.sharePrice * Math.pow(growth, m / 12);
  const isPrivate = eq.liquidity === 'private';
  const keep = isPrivate ? 1 - eq.dilutionPct / 100 : 1;
  const success = isPrivate ? eq.successPct / 100 : 1;
  const isOptions = eq.type === 'options';
  for (const grant of grantsWithin(offer, years)) {
    for (const vest of grant.vests) {
      const m = grant.grantMonth + vest.month;
      if (m > lastMonth) break;
      const units = grant.shares * vest.fraction;
      const price = prices[m] ?? 0;
      const paper = isOptions ? units * Math.max(0, price - grant.strike) : units * price;
      const risked = isOptions
        ? units * Math.max(0, price * keep - grant.strike) * success
        : units * price * keep * success;
      const k = Math.ceil(m / 12) - 1;
      equityPaper[k] = (equityPaper[k] ?? 0) + paper;
      equity[k] = (equity[k] ?? 0) + risked;
    }
  }
  return { equity, equityPaper };
}
