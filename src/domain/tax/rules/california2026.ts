/** California rules for 2026 (§4.3): the FTB 2025 figures held, SDI and MHST official. */
import { brackets, type RuleRow } from './make';
import { SOURCES as S } from './sources';

const CA_RATES = [1, 2, 4, 6, 8, 9.3, 10.3, 11.3, 12.3];
const CA_SINGLE_2025 = [0, 11_079, 26_264, 41_452, 57_542, 72_724, 371_479, 445_771, 742_953];
const CA_MFJ_2025 = [0, 22_158, 52_528, 82_904, 115_084, 145_448, 742_958, 891_542, 1_485_906];

export const caBracketsSingle = () => brackets(CA_RATES, CA_SINGLE_2025);
export const caBracketsMfj = () => brackets(CA_RATES, CA_MFJ_2025);

const HELD =
  'FTB 2025 figure held for 2026: FTB indexes by the June–June California CPI and publishes around September; replace when the 2026 schedule is out.';

/** Built on call (no work at import). */
export const california2026 = (): RuleRow[] => [
  [
    'US-CA.brackets.single',
    'California income tax brackets (single)',
    'brackets',
    caBracketsSingle(),
    'held',
    S.ftbSchedules2025,
    HELD,
  ],
  [
    'US-CA.brackets.mfj',
    'California income tax brackets (married filing jointly)',
    'brackets',
    caBracketsMfj(),
    'held',
    S.ftbSchedules2025,
    HELD,
  ],
  [
    'US-CA.standardDeduction.single',
    'California standard deduction (single)',
    'USD',
    5_706,
    'held',
    S.ftb540_2025,
    HELD,
  ],
  [
    'US-CA.standardDeduction.mfj',
    'California standard deduction (married filing jointly)',
    'USD',
    11_412,
    'held',
    S.ftb540_2025,
    HELD,
  ],
  [
    'US-CA.exemptionCredit',
    'California personal exemption credit (per person: 1 single, 2 mfj)',
    'USD',
    153,
    'held',
    S.ftb540_2025,
    HELD,
  ],
  [
    'US-CA.exemptionPhaseOut.start.single',
    'Exemption credit phase-out start, federal AGI (single)',
    'USD',
    252_203,
    'held',
    S.ftb540_2025,
    HELD,
  ],
  [
    'US-CA.exemptionPhaseOut.start.mfj',
    'Exemption credit phase-out start, federal AGI (married filing jointly)',
    'USD',
    504_411,
    'held',
    S.ftb540_2025,
    HELD,
  ],
  [
    'US-CA.exemptionPhaseOut.reduction',
    'Exemption credit reduction per step, per credit',
    'USD',
    6,
    'held',
    S.ftb540_2025,
    HELD,
  ],
  [
    'US-CA.exemptionPhaseOut.step',
    'Exemption credit phase-out step (each $2,500 or part)',
    'USD',
    2_500,
    'held',
    S.ftb540_2025,
    HELD,
  ],
  ['US-CA.mhst.rate', 'Mental Health Services Tax rate', 'pct', 1, 'official', S.rtc17043],
  [
    'US-CA.mhst.threshold',
    'Mental Health Services Tax threshold (taxable income; not indexed)',
    'USD',
    1_000_000,
    'official',
    S.rtc17043,
  ],
  ['US-CA.sdi', 'California SDI (DI + PFL), all wages, no cap', 'pct', 1.3, 'official', S.edd2026],
  [
    'US-CA.supplementalWithholding.bonus',
    'CA withholding on bonuses and stock options',
    'pct',
    10.23,
    'official',
    S.caSupplemental,
  ],
  [
    'US-CA.supplementalWithholding.other',
    'CA withholding on other supplemental wages',
    'pct',
    6.6,
    'official',
    S.caSupplemental,
  ],
];
