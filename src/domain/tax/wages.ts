/**
 * wagesByTaxYear (tax.md §3): an offer's taxable wages by tax year, on the shared employment-month
 * grid of money/monthlyPay.ts. Month m of employment falls in calendar month
 * ((startMonth − 1 + m − 1) mod 12) + 1 of its year (calendarMonth); a US tax year is the calendar
 * year, a UK tax year runs 6 April – 5 April (January–March belong to the previous one).
 * `firstTaxYear` is the tax year of employment month 1.
 * - salary, bonus, sign-on and relocation as monthlyPay places them;
 * - public RSUs at their paper value in the vest month; private RSUs 0 (PRIVATE_RSU_DEFERRED);
 * - options: nothing at vest (OPTIONS_UNTAXED_UNTIL_EXERCISE) unless an exercise plan is given;
 *   each entry exercises at the end of its employment year (m = 12 × year):
 *   spread = shares × max(0, price(m) − strike), price(m) = p₀ × (1 + growth)^(m/12), with p₀ the
 *   409A fmvPrice at a private company (default sharePrice) and sharePrice at a public one;
 *   NSO spread is wages, ISO spread is not (isoSpread, for the AMT warning only).
 */
import { ValidationError, type FieldIssue } from '../errors';
import { grantsWithin } from '../money/grants';
import { calendarMonth, monthlyPay } from '../money/monthlyPay';
import type { Offer } from '../schemas/offer';
import { TAX_JURISDICTIONS, type JurisdictionId, type WarningCode } from './types';

export interface ExercisePlanEntry {
  year: number; // employment year, exercised at its end (month 12 × year)
  shares: number;
  kind: 'nso' | 'iso';
}

export interface WagesByTaxYearOptions {
  /** GB-ENG: UK tax years from 6 April; default a US calendar year. */
  jurisdiction?: JurisdictionId;
  /** Default: the tax year of offer.startDate, else 2026. */
  firstTaxYear?: number;
  /** 1–12; default offer.startDate's month, else 1. */
  startMonth?: number;
  exercisePlan?: ExercisePlanEntry[];
  /** Added: the place the candidate moves from (or a prior state): raises EQUITY_MULTISTATE. */
  movedFrom?: string;
}

const isInt = (x: unknown, min: number, max: number): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;

function checkOptions(offer: Offer, opts: WagesByTaxYearOptions): void {
  const issues: FieldIssue[] = [];
  if (opts.jurisdiction !== undefined && !TAX_JURISDICTIONS.includes(opts.jurisdiction))
    issues.push({
      path: 'jurisdiction',
      message: `must be one of ${TAX_JURISDICTIONS.join(', ')}`,
    });
  if (opts.firstTaxYear !== undefined && !isInt(opts.firstTaxYear, 1900, 2200))
    issues.push({ path: 'firstTaxYear', message: 'must be a whole year from 1900 to 2200' });
  if (opts.startMonth !== undefined && !isInt(opts.startMonth, 1, 12))
    issues.push({ path: 'startMonth', message: 'must be a whole month from 1 to 12' });
  const plan = opts.exercisePlan ?? [];
  if (plan.length > 0 && offer.equity.type !== 'options')
    issues.push({ path: 'exercisePlan', message: 'needs an offer with options' });
  plan.forEach((entry, i) => {
    if (!isInt(entry.year, 1, 100))
      issues.push({ path: `exercisePlan[${i}].year`, message: 'must be an employment year ≥ 1' });
    if (!(typeof entry.shares === 'number' && Number.isFinite(entry.shares) && entry.shares >= 0))
      issues.push({ path: `exercisePlan[${i}].shares`, message: 'must be ≥ 0' });
    if (entry.kind !== 'nso' && entry.kind !== 'iso')
      issues.push({ path: `exercisePlan[${i}].kind`, message: 'must be "nso" or "iso"' });
  });
  if (issues.length > 0) throw new ValidationError('wagesByTaxYear options', issues);
}

/** One tax year of an offer's wages: a TaxYearWages with every amount filled in. */
export interface OfferTaxYearWages {
  year: number;
  salary: number;
  bonus: number;
  signOn: number;
  relocation: number;
  rsuVest: number;
  nsoSpread: number;
  isoSpread: number;
  warnings: WarningCode[];
}

const flag = (row: OfferTaxYearWages | undefined, code: WarningCode) => {
  if (row && !row.warnings.includes(code)) row.warnings.push(code);
};

export function wagesByTaxYear(
  offer: Offer,
  years: number,
  opts: WagesByTaxYearOptions = {},
): OfferTaxYearWages[] {
  checkOptions(offer, opts);
  const n = Number.isFinite(years) ? Math.max(0, Math.floor(years)) : 0;
  if (n === 0) return [];
  const uk = opts.jurisdiction === 'GB-ENG';
  const start = offer.startDate;
  const dateMonth = start ? Number(start.slice(5, 7)) : 1;
  const startMonth = opts.startMonth ?? dateMonth;
  // The tax year of the start date; a UK start in January–March belongs to the one begun the
  // April before.
  const firstTaxYear =
    opts.firstTaxYear ??
    (start ? Number(start.slice(0, 4)) - (uk && dateMonth <= 3 ? 1 : 0) : 2026);
  // The calendar month of employment month 1, so calendarMonth places every later month.
  const anchorYear = firstTaxYear + (uk && startMonth <= 3 ? 1 : 0);
  const anchor = `${anchorYear}-${String(startMonth).padStart(2, '0')}`;
  // yearOfMonth[m]: the tax year of employment month m (1..12n). calendarMonth places the first
  // twelve; month m + 12 falls in the same calendar month a year later.
  const yearOfMonth: number[] = [firstTaxYear];
  for (let m = 1; m <= 12 * n; m++) {
    if (m > 12) {
      yearOfMonth.push((yearOfMonth[m - 12] as number) + 1);
      continue;
    }
    const c = calendarMonth(anchor, m);
    yearOfMonth.push(uk && c.month <= 3 ? c.year - 1 : c.year);
  }

  const rows: OfferTaxYearWages[] = [];
  const lastYear = yearOfMonth[12 * n] as number;
  for (let y = firstTaxYear; y <= lastYear; y++)
    rows.push({
      year: y,
      salary: 0,
      bonus: 0,
      signOn: 0,
      relocation: 0,
      rsuVest: 0,
      nsoSpread: 0,
      isoSpread: 0,
      warnings: [],
    });
  const rowOf = (m: number) => rows[(yearOfMonth[m] ?? NaN) - firstTaxYear];

  const eq = offer.equity;
  const privateRsu = eq.type === 'rsu' && eq.liquidity === 'private';
  for (const pay of monthlyPay(offer, n)) {
    const row = rowOf(pay.month);
    if (!row) continue;
    row.salary += pay.salary;
    row.bonus += pay.bonus;
    row.signOn += pay.signOn;
    row.relocation += pay.relocation;
    if (pay.rsuVestPaper > 0) {
      if (privateRsu) flag(row, 'PRIVATE_RSU_DEFERRED');
      else row.rsuVest += pay.rsuVestPaper;
    }
  }

  const plan = opts.exercisePlan ?? [];
  if (eq.type === 'options') {
    if (plan.length === 0)
      for (const grant of grantsWithin(offer, n))
        for (const vest of grant.vests) {
          const m = grant.grantMonth + vest.month;
          if (m <= 12 * n && vest.fraction > 0) flag(rowOf(m), 'OPTIONS_UNTAXED_UNTIL_EXERCISE');
        }
    const p0 = eq.liquidity === 'private' ? (eq.fmvPrice ?? eq.sharePrice) : eq.sharePrice;
    for (const entry of plan) {
      if (entry.year > n) continue; // beyond the horizon
      const m = 12 * entry.year;
      const price = p0 * Math.pow(1 + eq.growthPct / 100, m / 12);
      const spread = entry.shares * Math.max(0, price - eq.strikePrice);
      const row = rowOf(m);
      if (!row) continue;
      if (entry.kind === 'nso') row.nsoSpread += spread;
      else row.isoSpread += spread;
      if (spread === 0) flag(row, 'EXERCISE_NO_SPREAD');
    }
  }

  if (opts.movedFrom)
    for (const row of rows)
      if (row.rsuVest + row.nsoSpread + row.isoSpread > 0 || row.warnings.length > 0)
        flag(row, 'EQUITY_MULTISTATE');
  return rows;
}
