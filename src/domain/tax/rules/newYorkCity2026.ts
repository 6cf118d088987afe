/** New York City resident rules for 2026 (§4.4): rates unchanged since 2017, the school tax credit. */
import { brackets, type RuleRow } from './make';
import { SOURCES as S } from './sources';

export const newYorkCity2026 = (): RuleRow[] => [
  [
    'US-NYC.brackets.single',
    'NYC resident income tax brackets (single)',
    'brackets',
    brackets([3.078, 3.762, 3.819, 3.876], [0, 12_000, 25_000, 50_000]),
    'official',
    S.nycRates,
  ],
  [
    'US-NYC.brackets.mfj',
    'NYC resident income tax brackets (married filing jointly)',
    'brackets',
    brackets([3.078, 3.762, 3.819, 3.876], [0, 21_600, 45_000, 90_000]),
    'official',
    S.nycRates,
  ],
  [
    'US-NYC.schoolCredit.fixed.single',
    'NYC school tax credit, fixed amount (single)',
    'USD',
    63,
    'official',
    S.nycSchoolCredit,
  ],
  [
    'US-NYC.schoolCredit.fixed.mfj',
    'NYC school tax credit, fixed amount (married filing jointly)',
    'USD',
    125,
    'official',
    S.nycSchoolCredit,
  ],
  [
    'US-NYC.schoolCredit.fixedAgiLimit',
    'NYC school tax credit, fixed amount only if income ≤',
    'USD',
    250_000,
    'official',
    S.nycSchoolCredit,
  ],
  [
    'US-NYC.schoolCredit.rateReduction.single',
    'NYC school tax credit, rate reduction (single)',
    'brackets',
    brackets([0.171, 0.228], [0, 12_000]),
    'official',
    S.nycSchoolCredit,
  ],
  [
    'US-NYC.schoolCredit.rateReduction.mfj',
    'NYC school tax credit, rate reduction (married filing jointly)',
    'brackets',
    brackets([0.171, 0.228], [0, 21_600]),
    'official',
    S.nycSchoolCredit,
  ],
  [
    'US-NYC.schoolCredit.rateReductionLimit',
    'NYC school tax credit, rate reduction only if NYC taxable income ≤',
    'USD',
    500_000,
    'official',
    S.nycSchoolCredit,
  ],
  [
    'US-NYC.supplementalWithholding',
    'NYC withholding rate on supplemental wages',
    'pct',
    4.25,
    'official',
    S.nycWithholding,
  ],
];
