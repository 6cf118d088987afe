/** Warnings tied to a place (tax.md §6, §7): NY notches, the NYC cliff, the UK taper, gains. */
import { bracketTax } from '../brackets';
import { money } from '../format';
import { agiOf } from '../lines';
import { nyTaxableOf } from '../newYork';
import { roundCents } from '../round';
import { personalAllowance, ukIncomeTax } from '../uk';
import { sharesAcquired, type WarningRule } from './context';

/** How far above a recapture tier start (NY taxable income) the notch warning shows. */
export const NY_NOTCH_WINDOW = 10_000;
/** How near the $500,000 rate-reduction limit (NYC taxable income) the cliff warning shows. */
export const NYC_CLIFF_WINDOW = 25_000;

export const nyRecaptureNotch: WarningRule = ({ e, c }) => {
  const p = c.ny;
  if (!p) return null;
  const agi = agiOf(e);
  const taxable = nyTaxableOf(agi, p);
  if (agi <= p.agiStart || agi > p.flatAgi) return null;
  const tier = p.recapture.find(
    (t) => t.from > 0 && taxable >= t.from && taxable <= t.from + NY_NOTCH_WINDOW,
  );
  if (!tier) return null;
  const jump = roundCents(Math.min(1, (agi - taxable) / p.phaseIn) * tier.increment);
  return {
    code: 'NY_RECAPTURE_NOTCH',
    amount: jump,
    message: `New York taxable income of ${money(taxable, 'USD')} is just past the recapture tier that starts at ${money(tier.from, 'USD')}: crossing it added about ${money(jump, 'USD')} of NY tax at once, so a small raise or bonus near here can cost more than 100% in NY tax.`,
  };
};

export const nycSchoolCreditCliff: WarningRule = ({ e, c }) => {
  const p = c.nyc;
  if (!p || !c.ny) return null;
  const taxable = nyTaxableOf(agiOf(e), c.ny);
  if (Math.abs(taxable - p.reductionLimit) > NYC_CLIFF_WINDOW) return null;
  const worth = roundCents(bracketTax(p.reductionLimit, p.reduction));
  return {
    code: 'NYC_SCHOOL_CREDIT_CLIFF',
    amount: worth,
    message: `The NYC school tax credit's rate reduction (about ${money(worth, 'USD')}) vanishes above ${money(p.reductionLimit, 'USD')} of NYC taxable income; yours is ${money(taxable, 'USD')}.`,
  };
};

export const paTaper: WarningRule = ({ e, c }) => {
  const p = c.uk;
  if (!p) return null;
  const end = p.taperThreshold + (p.pa * 100) / p.withdrawalPct;
  if (!(e.own > p.taperThreshold && e.own < end)) return null;
  return {
    code: 'PA_TAPER_60PCT',
    message: `Between ${money(p.taperThreshold, 'GBP')} and ${money(end, 'GBP')} the Personal Allowance is withdrawn: each extra £1 here costs 60% income tax plus 2% National Insurance (62%). Pension contributions in this band save the most.`,
  };
};

export const ukTaperUndercollected: WarningRule = ({ w, e, c }) => {
  const p = c.uk;
  if (!p || !(w.salary <= p.taperThreshold && e.own > p.taperThreshold)) return null;
  const extra = roundCents(
    ukIncomeTax(e.own, personalAllowance(e.own, p), p) - ukIncomeTax(e.own, p.pa, p),
  );
  return {
    code: 'UK_TAPER_UNDERCOLLECTED',
    amount: extra,
    message: `Bonus or vest income takes you over ${money(p.taperThreshold, 'GBP')}, and PAYE (code 1257L) does not apply the allowance taper in-year: expect about ${money(extra, 'GBP')} more income tax to pay through Self Assessment.`,
  };
};

export const ukRelocation: WarningRule = ({ w, c }) => {
  const p = c.uk;
  const relocation = w.relocation ?? 0;
  if (!p || !(relocation > 0)) return null;
  const exempt = p.relocationExemption;
  return {
    code: 'UK_RELOCATION_EXEMPTION_NOT_APPLIED',
    ...(exempt !== undefined ? { amount: Math.min(relocation, exempt) } : {}),
    message: `Relocation of ${money(relocation, 'GBP')} is taxed in full here; up to ${exempt !== undefined ? money(exempt, 'GBP') : '£8,000'} of qualifying removal expenses can be exempt (not applied).`,
  };
};

export const capitalGains: WarningRule = ({ w, c }) => {
  if (!sharesAcquired(w)) return null;
  const ma = c.ma ? ' In Massachusetts those gains also count toward the 4% surtax threshold.' : '';
  return {
    code: 'CAPITAL_GAINS_NOT_MODELED',
    message: `Gains when you later sell these shares are capital gains, which this model does not compute.${ma}`,
  };
};

export const waCapitalGains: WarningRule = ({ w, c }) => {
  const p = c.wa;
  if (!p || !sharesAcquired(w)) return null;
  const rate = p.cgRate !== undefined ? `${p.cgRate}%` : 'an excise';
  const over = p.cgDeduction !== undefined ? ` over ${money(p.cgDeduction, 'USD')}` : '';
  const extra =
    p.cgSurcharge !== undefined && p.cgRate !== undefined
      ? ` (${Math.round((p.cgRate + p.cgSurcharge) * 100) / 100}% on gains over $1,000,000)`
      : '';
  return {
    code: 'WA_CAPITAL_GAINS',
    message: `Washington charges ${rate} on long-term capital gains${over}${extra} when shares held over a year are sold; never on wages or vest income.`,
  };
};
