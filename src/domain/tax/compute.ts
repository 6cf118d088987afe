/**
 * Every line of one tax year, in the order of tax.md §4, from compiled rules (unrounded), and the
 * same total computed without building lines (for marginal rates and warnings).
 */
import { caIncomeTaxOf, californiaLines } from './california';
import { federalLines, federalTaxOn } from './federal';
import { additionalMedicareOf, ficaLines, medicareOf, socialSecurityOf } from './fica';
import { agiOf, type Earners, type RawLine } from './lines';
import { maAmounts, massachusettsLines } from './massachusetts';
import { nyIncomeTax, nyIncomeTaxLine, nyPayrollLines, perPerson } from './newYork';
import { nycLines, nycNetOf } from './newYorkCity';
import type { Compiled } from './params';
import type { ParsedTaxYearWages } from './schema';
import { isUs, type FilingStatus, type JurisdictionId } from './types';
import { personalAllowance, ukIncomeTax, ukLines, ukNi } from './uk';
import { waCaresOf, waPfmlOf, washingtonLines } from './washington';

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

/** Total tax in full precision: the sum of rawLines' amounts, without the formulas. */
export function rawTotal(e: Earners, c: Compiled): number {
  if (c.uk) return ukIncomeTax(e.own, personalAllowance(e.own, c.uk), c.uk) + ukNi(e.own, c.uk);
  const fed = c.fed;
  if (!fed) return 0;
  const agi = agiOf(e);
  let total =
    federalTaxOn(agi, fed) +
    socialSecurityOf(e, fed) +
    medicareOf(e, fed) +
    additionalMedicareOf(e, fed);
  if (c.ca) total += caIncomeTaxOf(agi, c.ca) + (c.ca.sdi * agi) / 100;
  if (c.ny) {
    total += nyIncomeTax(agi, c.ny);
    if (c.nyc) total += nycNetOf(agi, c.ny, c.nyc);
    total += perPerson(e, c.ny.pflRate, c.ny.pflMax) + perPerson(e, c.ny.dblRate, c.ny.dblMax);
  }
  if (c.ma) total += maAmounts(e, c.ma, fed);
  if (c.wa) total += waCaresOf(e, c.wa) + waPfmlOf(e, c.wa, fed);
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
