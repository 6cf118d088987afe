/**
 * One rule set turned into the typed figures a jurisdiction and filing status need (checked once
 * per takeHome call, not per line). Rule ids are built here and nowhere else.
 */
import type {
  CaParams,
  Compiled,
  FederalParams,
  MaParams,
  NycParams,
  NyParams,
  UkParams,
  WaParams,
} from './params';
import { RuleReader } from './rules/reader';
import type { TaxRules } from './schema';
import type { FilingStatus, JurisdictionId } from './types';

function federal(r: RuleReader, f: FilingStatus): FederalParams {
  return {
    std: r.num(`US.standardDeduction.${f}`),
    brackets: r.brackets(`US.brackets.${f}`),
    ssRate: r.num('US.ss.rate'),
    ssBase: r.num('US.ss.wageBase'),
    medicareRate: r.num('US.medicare.rate'),
    addlRate: r.num('US.additionalMedicare.rate'),
    addlThreshold: r.num(`US.additionalMedicare.threshold.${f}`),
    suppRate: r.num('US.supplementalWithholding.rate'),
    suppHighRate: r.num('US.supplementalWithholding.highRate'),
    suppHighThreshold: r.num('US.supplementalWithholding.highThreshold'),
    amtExemption: r.num(`US.amt.exemption.${f}`),
    amtPhaseStart: r.num(`US.amt.phaseOutStart.${f}`),
    amtPhaseRate: r.num('US.amt.phaseOutRate'),
    amtBrackets: r.brackets('US.amt.brackets'),
    saltCap: r.num('US.salt.cap'),
    saltFloor: r.num('US.salt.floor'),
    saltPhaseStart: r.num('US.salt.phaseOutStart'),
    saltPhaseRate: r.num('US.salt.phaseOutRate'),
  };
}

const california = (r: RuleReader, f: FilingStatus): CaParams => ({
  brackets: r.brackets(`US-CA.brackets.${f}`),
  std: r.num(`US-CA.standardDeduction.${f}`),
  credit: r.num('US-CA.exemptionCredit'),
  credits: f === 'mfj' ? 2 : 1,
  phaseStart: r.num(`US-CA.exemptionPhaseOut.start.${f}`),
  reduction: r.num('US-CA.exemptionPhaseOut.reduction'),
  step: r.num('US-CA.exemptionPhaseOut.step'),
  mhstRate: r.num('US-CA.mhst.rate'),
  mhstThreshold: r.num('US-CA.mhst.threshold'),
  sdi: r.num('US-CA.sdi'),
});

const newYork = (r: RuleReader, f: FilingStatus): NyParams => ({
  std: r.num(`US-NY.standardDeduction.${f}`),
  brackets: r.brackets(`US-NY.brackets.${f}`),
  recapture: r.recapture(`US-NY.recapture.${f}`),
  agiStart: r.num('US-NY.recapture.agiStart'),
  phaseIn: r.num('US-NY.recapture.phaseIn'),
  flatAgi: r.num('US-NY.recapture.flatAgi'),
  pflRate: r.num('US-NY.pfl.rate'),
  pflMax: r.num('US-NY.pfl.max'),
  dblRate: r.num('US-NY.dbl.rate'),
  dblMax: r.num('US-NY.dbl.max'),
});

const newYorkCity = (r: RuleReader, f: FilingStatus): NycParams => ({
  brackets: r.brackets(`US-NYC.brackets.${f}`),
  fixed: r.num(`US-NYC.schoolCredit.fixed.${f}`),
  fixedLimit: r.num('US-NYC.schoolCredit.fixedAgiLimit'),
  reduction: r.brackets(`US-NYC.schoolCredit.rateReduction.${f}`),
  reductionLimit: r.num('US-NYC.schoolCredit.rateReductionLimit'),
});

const massachusetts = (r: RuleReader, f: FilingStatus): MaParams => ({
  rate: r.num('US-MA.rate'),
  exemption: r.num(`US-MA.exemption.${f}`),
  ficaMax: r.num('US-MA.ficaDeductionMax'),
  surtaxRate: r.num('US-MA.surtax.rate'),
  surtaxThreshold: r.num('US-MA.surtax.threshold'),
  pfml: r.num('US-MA.pfml'),
});

const washington = (r: RuleReader): WaParams => ({
  cares: r.num('US-WA.waCares'),
  pfmlRate: r.num('US-WA.pfml.rate'),
  employerShare: r.num('US-WA.pfml.employerShare'),
});

const unitedKingdom = (r: RuleReader): UkParams => ({
  pa: r.num('GB-ENG.personalAllowance'),
  taperThreshold: r.num('GB-ENG.taper.threshold'),
  withdrawalPct: r.num('GB-ENG.taper.withdrawal'),
  brackets: r.brackets('GB-ENG.brackets'),
  pt: r.num('GB-ENG.ni.primaryThreshold'),
  uel: r.num('GB-ENG.ni.upperEarningsLimit'),
  mainRate: r.num('GB-ENG.ni.mainRate'),
  upperRate: r.num('GB-ENG.ni.upperRate'),
});

/** The figures `jurisdiction` needs from `set`; throws naming every missing or malformed rule. */
export function compileRules(
  set: TaxRules,
  setYear: number,
  jurisdiction: JurisdictionId,
  filing: FilingStatus,
): Compiled {
  const r = new RuleReader(set, setYear, jurisdiction);
  const c: Compiled = { setYear, jurisdiction, filing, used: r.used };
  if (jurisdiction === 'GB-ENG') c.uk = unitedKingdom(r);
  else c.fed = federal(r, filing);
  if (jurisdiction === 'US-CA') c.ca = california(r, filing);
  if (jurisdiction === 'US-NY' || jurisdiction === 'US-NYC') c.ny = newYork(r, filing);
  if (jurisdiction === 'US-NYC') c.nyc = newYorkCity(r, filing);
  if (jurisdiction === 'US-MA') c.ma = massachusetts(r, filing);
  if (jurisdiction === 'US-WA') c.wa = washington(r);
  r.finish();
  return c;
}

/** Rules read only for warning messages: absent is fine, and they do not count as "used". */
export function messageRules(set: TaxRules, setYear: number, c: Compiled): void {
  const r = new RuleReader(set, setYear, c.jurisdiction);
  if (c.wa) {
    c.wa.cgRate = r.optionalNum('US-WA.capitalGains.rate');
    c.wa.cgDeduction = r.optionalNum('US-WA.capitalGains.deduction');
    c.wa.cgSurcharge = r.optionalNum('US-WA.capitalGains.surcharge');
  }
  if (c.uk) c.uk.relocationExemption = r.optionalNum('GB-ENG.relocationExemption');
}
