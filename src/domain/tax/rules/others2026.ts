/** Massachusetts, Washington (§4.5, §4.6) and UK 2026/27 (§4.8) rules. Texas has none (§4.7). */
import { brackets, type RuleRow } from './make';
import { SOURCES as S } from './sources';

/** Built on call (no work at import). */
export const massachusetts2026 = (): RuleRow[] => [
  ['US-MA.rate', 'Massachusetts Part B income tax rate', 'pct', 5, 'official', S.maC62s4],
  ['US-MA.exemption.single', 'MA personal exemption (single)', 'USD', 4_400, 'official', S.maC62s3],
  ['US-MA.exemption.mfj', 'MA personal exemption (married filing jointly)', 'USD', 8_800, 'official', S.maC62s3],
  ['US-MA.ficaDeductionMax', 'MA deduction for Social Security and Medicare paid (per person, max)', 'USD', 2_000, 'official', S.maC62s3],
  ['US-MA.surtax.rate', 'MA surtax rate on taxable income over the threshold', 'pct', 4, 'official', S.maC62s4],
  ['US-MA.surtax.threshold', 'MA 4% surtax threshold (same for single and mfj)', 'USD', 1_083_150, 'held', S.maSurtax, '2025 figure: the 2026 indexed threshold was not confirmed from MA DOR.'],
  ['US-MA.pfml', 'MA PFML employee share (wages up to the Social Security base)', 'pct', 0.46, 'official', S.maPfml2026, 'Maximum employee share: all of the 0.18% family part and 40% of the 0.70% medical part.'],
];

export const washington2026 = (): RuleRow[] => [
  ['US-WA.waCares', 'WA Cares (long-term services and supports) premium, all wages', 'pct', 0.58, 'official', S.waCares, 'Exempt employees (private LTC insurance before Nov 2021, and some groups since 2023) set this to 0; verify the list at wacaresfund.wa.gov.'],
  ['US-WA.pfml.rate', 'WA Paid Family and Medical Leave total premium', 'pct', 1.13, 'official', S.waPfml2026],
  ['US-WA.pfml.employerShare', 'WA PFML share paid by the employer', 'pct', 28.57, 'official', S.waPfml2026, 'Wages are capped at the Social Security base.'],
  ['US-WA.capitalGains.rate', 'WA capital gains excise on long-term gains (warning only; never on wages)', 'pct', 7, 'official', S.waCapitalGains],
  ['US-WA.capitalGains.deduction', 'WA capital gains standard deduction', 'USD', 278_000, 'unverified', S.waCapitalGains, '2025 figure; the 2026 deduction was not confirmed.'],
  ['US-WA.capitalGains.surcharge', 'WA extra excise on taxable gains over $1M (from 2025)', 'pct', 2.9, 'official', S.waCapitalGains],
];

export const unitedKingdom2026 = (): RuleRow[] => [
  ['GB-ENG.personalAllowance', 'UK Personal Allowance (frozen to April 2031)', 'GBP', 12_570, 'official', S.ukRates],
  ['GB-ENG.taper.threshold', 'Personal Allowance taper starts above this income', 'GBP', 100_000, 'official', S.ukRates],
  ['GB-ENG.taper.withdrawal', 'Personal Allowance withdrawn per £ of income over the threshold (£1 per £2)', 'pct', 50, 'official', S.ukRates, 'The remaining allowance is rounded up to the pound (PE-UK test: 100,003 → 12,569).'],
  ['GB-ENG.brackets', 'UK income tax bands on taxable income (basic 20%, higher 40%, additional 45%)', 'brackets', brackets([20, 40, 45], [0, 37_700, 125_140]), 'official', S.ukRates],
  ['GB-ENG.ni.primaryThreshold', 'Class 1 employee NI primary threshold (yearly)', 'GBP', 12_570, 'official', S.ukEmployers2026],
  ['GB-ENG.ni.upperEarningsLimit', 'Class 1 employee NI upper earnings limit (yearly)', 'GBP', 50_270, 'official', S.ukEmployers2026],
  ['GB-ENG.ni.mainRate', 'Class 1 employee NI main rate', 'pct', 8, 'official', S.ukEmployers2026],
  ['GB-ENG.ni.upperRate', 'Class 1 employee NI rate above the upper earnings limit', 'pct', 2, 'official', S.ukEmployers2026],
  ['GB-ENG.relocationExemption', 'Qualifying relocation expenses exempt from tax (not applied; warning only)', 'GBP', 8_000, 'official', S.ukRelocation],
];
