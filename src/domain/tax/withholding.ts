/**
 * The withholding hint (tax.md §5): what an employer typically withholds on a year's supplemental
 * wages, next to the liability takeHome computes. Federal: 22% flat (37% over $1M). California:
 * 10.23% on bonuses (sign-on included) and stock income (RSU vests, NSO spread), 6.6% on other
 * supplemental wages (relocation). New York City: 4.25%. New York State: its rule is null
 * (unverified), so a NY hint throws until the user enters the rate.
 */
import { ValidationError } from '../errors';
import { checkJurisdiction, parseYears, rulesYearFor } from './inputs';
import { compileRules } from './compile';
import { RuleReader } from './rules/reader';
import type { TaxRules, TaxYearWages } from './schema';
import type { JurisdictionId } from './types';
import { supplementalWages } from './warnings/context';
import { flatWithholding } from './warnings/federal';

export interface WithholdingHint {
  supplemental: number; // bonus + sign-on + relocation + RSU vests + NSO spread
  federal: number;
  /** State and city withholding; null where this model has no supplemental rate (MA). */
  state: number | null;
  ruleIds: string[];
}

export function supplementalWithholding(
  wages: TaxYearWages,
  jurisdiction: JurisdictionId,
  rules: Record<number, TaxRules>,
): WithholdingHint {
  checkJurisdiction(jurisdiction);
  if (jurisdiction === 'GB-ENG')
    throw new ValidationError('jurisdiction', [
      { path: '(root)', message: 'the supplemental withholding hint is for US jurisdictions' },
    ]);
  const [w] = parseYears([wages], 'mfj');
  if (!w) throw new ValidationError('tax-year wages', [{ path: '[0]', message: 'is required' }]);
  const setYear = rulesYearFor(rules, w.year);
  const set = rules[setYear] as TaxRules;
  const fed = compileRules(set, setYear, jurisdiction, 'single').fed;
  const supplemental = supplementalWages(w);
  const federal = fed ? flatWithholding(supplemental, fed) : 0;
  const ruleIds = [
    'US.supplementalWithholding.rate',
    'US.supplementalWithholding.highRate',
    'US.supplementalWithholding.highThreshold',
  ];
  const r = new RuleReader(set, setYear, `${jurisdiction} withholding`);
  let state: number | null = 0;
  if (jurisdiction === 'US-CA') {
    const bonusLike = (w.bonus ?? 0) + (w.signOn ?? 0) + (w.rsuVest ?? 0) + (w.nsoSpread ?? 0);
    state =
      (r.num('US-CA.supplementalWithholding.bonus') * bonusLike) / 100 +
      (r.num('US-CA.supplementalWithholding.other') * (w.relocation ?? 0)) / 100;
    ruleIds.push('US-CA.supplementalWithholding.bonus', 'US-CA.supplementalWithholding.other');
  } else if (jurisdiction === 'US-NY' || jurisdiction === 'US-NYC') {
    state = (r.num('US-NY.supplementalWithholding') * supplemental) / 100;
    ruleIds.push('US-NY.supplementalWithholding');
    if (jurisdiction === 'US-NYC') {
      state += (r.num('US-NYC.supplementalWithholding') * supplemental) / 100;
      ruleIds.push('US-NYC.supplementalWithholding');
    }
  } else if (jurisdiction === 'US-MA') state = null;
  r.finish();
  return { supplemental, federal, state, ruleIds };
}
