/** Marginal rate: (total tax with deltaWages more salary − total tax) / deltaWages, full precision. */
import { ValidationError } from '../errors';
import { earnersOf, rawTotal } from './compute';
import { checkFiling, checkJurisdiction, parseYears, RuleSets } from './inputs';
import type { Earners } from './lines';
import type { Compiled } from './params';
import type { TaxRules, TaxYearWages } from './schema';
import type { FilingStatus, JurisdictionId } from './types';

export const DEFAULT_MARGINAL_DELTA = 1000;

export const marginalWith = (c: Compiled, e: Earners, delta: number): number =>
  (rawTotal({ ...e, own: e.own + delta }, c) - rawTotal(e, c)) / delta;

export function marginalRate(
  wages: TaxYearWages,
  jurisdiction: JurisdictionId,
  filing: FilingStatus,
  rules: Record<number, TaxRules>,
  deltaWages: number = DEFAULT_MARGINAL_DELTA,
): number {
  checkJurisdiction(jurisdiction);
  checkFiling(filing);
  if (!(typeof deltaWages === 'number' && Number.isFinite(deltaWages) && deltaWages > 0))
    throw new ValidationError('marginal rate', [
      { path: 'deltaWages', message: 'must be a number > 0' },
    ]);
  const [w] = parseYears([wages], filing);
  if (!w) return 0;
  const c = new RuleSets(rules, jurisdiction, filing).forYear(w.year);
  return marginalWith(c, earnersOf(w, jurisdiction, filing), deltaWages);
}
