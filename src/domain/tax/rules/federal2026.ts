/** US federal income tax, employee FICA, supplemental withholding, AMT and SALT rules, 2026 (§4.1, §4.2, §5). */
import { brackets, type RuleRow } from './make';
import { SOURCES as S } from './sources';

const FED_RATES = [10, 12, 22, 24, 32, 35, 37];

export const FEDERAL_SINGLE_2026 = [0, 12_400, 50_400, 105_700, 201_775, 256_225, 640_600];
export const FEDERAL_MFJ_2026 = [0, 24_800, 100_800, 211_400, 403_550, 512_450, 768_700];
export const FEDERAL_SINGLE_2025 = [0, 11_925, 48_475, 103_350, 197_300, 250_525, 626_350];
export const FEDERAL_MFJ_2025 = [0, 23_850, 96_950, 206_700, 394_600, 501_050, 751_600];

export const federalBrackets = (froms: readonly number[]) => brackets(FED_RATES, froms);

/** Built on call (no work at import). */
export const federal2026 = (): RuleRow[] => [
  [
    'US.standardDeduction.single',
    'Federal standard deduction (single)',
    'USD',
    16_100,
    'official',
    S.revProc2025_32,
  ],
  [
    'US.standardDeduction.mfj',
    'Federal standard deduction (married filing jointly)',
    'USD',
    32_200,
    'official',
    S.revProc2025_32,
  ],
  [
    'US.brackets.single',
    'Federal income tax brackets (single)',
    'brackets',
    federalBrackets(FEDERAL_SINGLE_2026),
    'official',
    S.revProc2025_32,
  ],
  [
    'US.brackets.mfj',
    'Federal income tax brackets (married filing jointly)',
    'brackets',
    federalBrackets(FEDERAL_MFJ_2026),
    'official',
    S.revProc2025_32,
  ],
  ['US.ss.rate', 'Social Security employee rate', 'pct', 6.2, 'official', S.usc3101],
  [
    'US.ss.wageBase',
    'Social Security wage base (per person, per year)',
    'USD',
    184_500,
    'official',
    S.ssaBase,
  ],
  ['US.medicare.rate', 'Medicare employee rate (no cap)', 'pct', 1.45, 'official', S.usc3101],
  ['US.additionalMedicare.rate', 'Additional Medicare tax rate', 'pct', 0.9, 'official', S.usc3101],
  [
    'US.additionalMedicare.threshold.single',
    'Additional Medicare threshold (single; not indexed)',
    'USD',
    200_000,
    'official',
    S.usc3101,
  ],
  [
    'US.additionalMedicare.threshold.mfj',
    'Additional Medicare threshold (married filing jointly; not indexed)',
    'USD',
    250_000,
    'official',
    S.usc3101,
  ],
  [
    'US.supplementalWithholding.rate',
    'Federal flat withholding on supplemental wages',
    'pct',
    22,
    'official',
    S.supplementalWithholding,
  ],
  [
    'US.supplementalWithholding.highRate',
    'Federal mandatory withholding on supplemental wages over $1M',
    'pct',
    37,
    'official',
    S.supplementalWithholding,
  ],
  [
    'US.supplementalWithholding.highThreshold',
    'Supplemental wages in the year above which 37% applies',
    'USD',
    1_000_000,
    'official',
    S.supplementalWithholding,
  ],
  [
    'US.amt.exemption.single',
    'AMT exemption (single)',
    'USD',
    90_100,
    'official',
    S.revProc2025_32,
  ],
  [
    'US.amt.exemption.mfj',
    'AMT exemption (married filing jointly)',
    'USD',
    140_200,
    'official',
    S.revProc2025_32,
  ],
  [
    'US.amt.phaseOutStart.single',
    'AMT exemption phase-out start (single)',
    'USD',
    500_000,
    'official',
    S.revProc2025_32,
  ],
  [
    'US.amt.phaseOutStart.mfj',
    'AMT exemption phase-out start (married filing jointly)',
    'USD',
    1_000_000,
    'official',
    S.revProc2025_32,
  ],
  ['US.amt.phaseOutRate', 'AMT exemption phase-out rate', 'pct', 50, 'official', S.obbba],
  [
    'US.amt.brackets',
    'Tentative minimum tax rates (26% / 28%)',
    'brackets',
    brackets([26, 28], [0, 244_500]),
    'official',
    S.revProc2025_32,
  ],
  [
    'US.salt.cap',
    'SALT deduction cap (itemized; used by a warning only)',
    'USD',
    40_400,
    'official',
    S.obbba,
  ],
  ['US.salt.floor', 'SALT cap floor after the phase-down', 'USD', 10_000, 'official', S.obbba],
  [
    'US.salt.phaseOutStart',
    'SALT cap phase-down start (MAGI)',
    'USD',
    505_000,
    'official',
    S.obbba,
  ],
  ['US.salt.phaseOutRate', 'SALT cap phase-down rate', 'pct', 30, 'official', S.obbba],
];
