/**
 * US warnings of tax.md §6 that need a second computation: supplemental under-withholding (W16),
 * AMT on ISO exercise (W17) and itemizing SALT (W19). Each amount is rounded to cents.
 */
import { bracketTax } from '../brackets';
import { federalTaxOn } from '../federal';
import { money } from '../format';
import { agiOf } from '../lines';
import type { FederalParams } from '../params';
import { roundCents } from '../round';
import type { ParsedTaxYearWages } from '../schema';
import { supplementalWages, type WarningRule, type YearContext } from './context';

/** Federal withholding on supplemental wages: 22% up to $1M in the year, 37% above. */
export const flatWithholding = (supplemental: number, p: FederalParams): number =>
  (p.suppRate * Math.min(supplemental, p.suppHighThreshold)) / 100 +
  (p.suppHighRate * Math.max(0, supplemental - p.suppHighThreshold)) / 100;

/** (federal tax on all wages − on salary alone) − flat withholding on the supplemental wages. */
export function supplementalGap(w: ParsedTaxYearWages, spouse: number, p: FederalParams): number {
  const all = federalTaxOn(w.salary + supplementalWages(w) + spouse, p);
  const salaryOnly = federalTaxOn(w.salary + spouse, p);
  return all - salaryOnly - flatWithholding(supplementalWages(w), p);
}

/**
 * AMT estimate (§5): AMTI = wages + isoSpread; exemption = max(0, E − 50% × max(0, AMTI − P));
 * TMT = 26%/28% brackets on AMTI − exemption; estimate = max(0, TMT − regular federal tax).
 */
export function amtEstimate(agi: number, isoSpread: number, p: FederalParams): number {
  const amti = agi + isoSpread;
  const exemption = Math.max(
    0,
    p.amtExemption - (p.amtPhaseRate * Math.max(0, amti - p.amtPhaseStart)) / 100,
  );
  const tmt = bracketTax(Math.max(0, amti - exemption), p.amtBrackets);
  return Math.max(0, tmt - federalTaxOn(agi, p));
}

/** SALT cap after the phase-down: max(floor, cap − 30% × max(0, MAGI − 505,000)). */
export const saltCap = (agi: number, p: FederalParams): number =>
  Math.max(p.saltFloor, p.saltCap - (p.saltPhaseRate * Math.max(0, agi - p.saltPhaseStart)) / 100);

const STATE_LOCAL_LINES = [
  'ca.incomeTax',
  'ca.sdi',
  'ny.incomeTax',
  'nyc.incomeTax',
  'nyc.schoolTaxCredit',
  'ma.incomeTax',
  'ma.surtax',
];

/** State and local income tax (and CA SDI) of the year, from the rounded lines. */
export function stateLocalTax(ctx: YearContext): number {
  let total = 0;
  for (const line of ctx.lines) if (STATE_LOCAL_LINES.includes(line.id)) total += line.amount;
  return total;
}

const supplementalKinds = (w: ParsedTaxYearWages): string => {
  const kinds: string[] = [];
  if ((w.bonus ?? 0) > 0) kinds.push('bonus');
  if ((w.signOn ?? 0) > 0) kinds.push('sign-on');
  if ((w.relocation ?? 0) > 0) kinds.push('relocation');
  if ((w.rsuVest ?? 0) > 0) kinds.push('RSU vests');
  if ((w.nsoSpread ?? 0) > 0) kinds.push('NSO exercise');
  return kinds.join(', ');
};

export const underwithholding: WarningRule = ({ w, e, c }) => {
  const p = c.fed;
  if (!p || supplementalWages(w) <= 0) return null;
  const gap = roundCents(supplementalGap(w, e.spouse, p));
  if (!(gap > 0)) return null;
  return {
    code: 'SUPPLEMENTAL_UNDERWITHHOLDING',
    amount: gap,
    message: `About ${money(gap, 'USD')} more federal tax than is withheld on ${supplementalKinds(w)} (withheld at a flat ${p.suppRate}%, ${p.suppHighRate}% over ${money(p.suppHighThreshold, 'USD')}; taxed at your marginal rate); expect to owe in April or raise W-4 withholding.`,
  };
};

export const amtLikely: WarningRule = ({ w, e, c }) => {
  const p = c.fed;
  if (!p) return null;
  const iso = w.isoSpread ?? 0;
  const estimate = roundCents(amtEstimate(agiOf(e), iso, p));
  if (!(estimate > 0)) return null;
  const what = iso > 0 ? 'ISO exercise may trigger' : 'These wages may owe';
  return {
    code: 'AMT_LIKELY',
    amount: estimate,
    message: `${what} about ${money(estimate, 'USD')} of AMT (estimate only: no AMT capital-gain rates, no minimum tax credit carryforward, no state AMT).`,
  };
};

export const mayItemizeSalt: WarningRule = (ctx) => {
  const p = ctx.c.fed;
  if (!p) return null;
  const agi = agiOf(ctx.e);
  const cap = saltCap(agi, p);
  const deductible = Math.min(cap, stateLocalTax(ctx));
  if (!(deductible > p.std)) return null;
  const saving = roundCents(
    federalTaxOn(agi, p) - bracketTax(Math.max(0, agi - deductible), p.brackets),
  );
  if (!(saving > 0)) return null;
  return {
    code: 'MAY_ITEMIZE_SALT',
    amount: saving,
    message: `Itemizing could cut federal tax by about ${money(saving, 'USD')}: state and local income tax of ${money(deductible, 'USD')} (SALT cap ${money(cap, 'USD')}) is more than the ${money(p.std, 'USD')} standard deduction; this model uses the standard deduction.`,
  };
};

export const isoNotInWages: WarningRule = ({ w, currency }) => {
  const iso = w.isoSpread ?? 0;
  if (!(iso > 0)) return null;
  return {
    code: 'ISO_NOT_IN_WAGES',
    amount: iso,
    message: `The ISO exercise spread of ${money(iso, currency)} is not wages: no regular tax or FICA now; it counts toward AMT (see AMT), and the later sale decides the rest.`,
  };
};
