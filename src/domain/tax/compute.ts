/** Every line of one tax year, in the order of tax.md §4, from compiled rules (unrounded). */
import { californiaLines } from './california';
import { federalLines } from './federal';
import { ficaLines } from './fica';
import type { Earners, RawLine } from './lines';
import { massachusettsLines } from './massachusetts';
import { nyIncomeTaxLine, nyPayrollLines } from './newYork';
import { nycLines } from './newYorkCity';
import type { Compiled } from './params';
import type { ParsedTaxYearWages } from './schema';
import { isUs, type FilingStatus, type JurisdictionId } from './types';
import { ukLines } from './uk';
import { washingtonLines } from './washington';

export function rawLines(e: Earners, c: Compiled): RawLine[] {
  if (c.uk) return ukLines(e.own, c.uk);
  const fed = c.fed;
  if (!fed) return [];
  const lines = [...federalLines(e, fed), ...ficaLines(e, fed)];
  if (c.ca) lines.push(...californiaLines(e, c.ca));
  if (c.ny) {
    lines.push(nyIncomeTaxLine(e, c.ny));
    if (c.nyc) lines.push(...nycLines(e, c.ny, c.nyc));
    lines.push(...nyPayrollLines(e, c.ny));
  }
  if (c.ma) lines.push(...massachusettsLines(e, c.ma, fed));
  if (c.wa) lines.push(...washingtonLines(e, c.wa, fed));
  return lines;
}

/** Total tax in full precision (for marginal rates). */
export function rawTotal(e: Earners, c: Compiled): number {
  let total = 0;
  for (const line of rawLines(e, c)) total += line.amount;
  return total;
}

/** Candidate wages of a year: salary + bonus + sign-on + relocation + RSU vests + NSO spread. */
export const candidateWages = (w: ParsedTaxYearWages): number =>
  w.salary +
  (w.bonus ?? 0) +
  (w.signOn ?? 0) +
  (w.relocation ?? 0) +
  (w.rsuVest ?? 0) +
  (w.nsoSpread ?? 0);

export function earnersOf(
  w: ParsedTaxYearWages,
  jurisdiction: JurisdictionId,
  filing: FilingStatus,
): Earners {
  const spouse = isUs(jurisdiction) && filing === 'mfj' ? (w.spouseWages ?? 0) : 0;
  return { own: candidateWages(w), spouse, filing };
}
