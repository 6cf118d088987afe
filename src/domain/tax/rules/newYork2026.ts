/** New York State rules for 2026 (§4.4), and NY's 2025 rates and recapture (NYC: newYorkCity2026.ts). */
import type { RecaptureTier } from '../types';
import { brackets, type RuleRow } from './make';
import { SOURCES as S } from './sources';

const NY_SINGLE_FROM = [
  0, 8_500, 11_700, 13_900, 80_650, 215_400, 1_077_550, 5_000_000, 25_000_000,
];
const NY_MFJ_FROM = [0, 17_150, 23_600, 27_900, 161_550, 323_200, 2_155_350, 5_000_000, 25_000_000];
const NY_RATES_2026 = [3.9, 4.4, 5.15, 5.4, 5.9, 6.85, 9.65, 10.3, 10.9];
const NY_RATES_2025 = [4, 4.5, 5.25, 5.5, 6, 6.85, 9.65, 10.3, 10.9];

const tiers = (rows: ReadonlyArray<readonly [number, number, number]>): RecaptureTier[] =>
  rows.map(([from, base, increment]) => ({ from, base, increment }));

export const nyBrackets = (year: 2025 | 2026, filing: 'single' | 'mfj') =>
  brackets(
    year === 2026 ? NY_RATES_2026 : NY_RATES_2025,
    filing === 'single' ? NY_SINGLE_FROM : NY_MFJ_FROM,
  );

/** Recapture tables: (from, base, increment). 2026 from PE-US citing S.3009-C; 2025 from IT-201-I. */
export const nyRecapture = (year: 2025 | 2026, filing: 'single' | 'mfj'): RecaptureTier[] => {
  if (year === 2026)
    return filing === 'single'
      ? tiers([
          [0, 0, 567],
          [215_400, 567, 2_047],
          [1_077_550, 2_614, 30_172],
          [5_000_000, 32_786, 32_500],
        ])
      : tiers([
          [0, 0, 333],
          [161_550, 333, 807],
          [323_200, 1_140, 3_071],
          [2_155_350, 4_211, 60_350],
          [5_000_000, 64_561, 32_500],
        ]);
  return filing === 'single'
    ? tiers([
        [0, 0, 568],
        [215_400, 568, 1_831],
        [1_077_550, 2_399, 30_172],
        [5_000_000, 32_571, 32_500],
      ])
    : tiers([
        [0, 0, 333],
        [161_550, 333, 807],
        [323_200, 1_140, 2_747],
        [2_155_350, 3_887, 60_350],
        [5_000_000, 64_237, 32_500],
      ]);
};

const TIER1_NOTE =
  'PE-US encodes the single tier-1 increment as 567; recomputed from the 2026 schedule it is 568.25 (170 + 48 + 16.5 + 333.75). Check the 2026 IT-201-I worksheets; the effect is at most $1.25.';

/** Built on call (no work at import). */
export const newYork2026 = (): RuleRow[] => [
  [
    'US-NY.standardDeduction.single',
    'NY standard deduction (single)',
    'USD',
    8_000,
    'official',
    S.nyStd,
  ],
  [
    'US-NY.standardDeduction.mfj',
    'NY standard deduction (married filing jointly)',
    'USD',
    16_050,
    'official',
    S.nyStd,
  ],
  [
    'US-NY.brackets.single',
    'NY income tax brackets (single)',
    'brackets',
    nyBrackets(2026, 'single'),
    'official',
    S.nyTaxLaw601,
  ],
  [
    'US-NY.brackets.mfj',
    'NY income tax brackets (married filing jointly)',
    'brackets',
    nyBrackets(2026, 'mfj'),
    'official',
    S.nyTaxLaw601,
  ],
  [
    'US-NY.recapture.single',
    'NY tax-benefit recapture table (single): from, base, increment',
    'object',
    nyRecapture(2026, 'single'),
    'official',
    S.nyTaxLaw601,
    TIER1_NOTE,
  ],
  [
    'US-NY.recapture.mfj',
    'NY tax-benefit recapture table (married filing jointly): from, base, increment',
    'object',
    nyRecapture(2026, 'mfj'),
    'official',
    S.nyTaxLaw601,
  ],
  [
    'US-NY.recapture.agiStart',
    'NY recapture applies above this NY AGI',
    'USD',
    107_650,
    'official',
    S.nyTaxLaw601,
  ],
  [
    'US-NY.recapture.phaseIn',
    'NY recapture phase-in per tier (AGI)',
    'USD',
    50_000,
    'official',
    S.nyTaxLaw601,
  ],
  [
    'US-NY.recapture.flatAgi',
    'NY AGI above which the top rate applies to all taxable income',
    'USD',
    25_000_000,
    'official',
    S.nyTaxLaw601,
  ],
  ['US-NY.pfl.rate', 'NY Paid Family Leave employee rate', 'pct', 0.432, 'official', S.nyPfl2026],
  [
    'US-NY.pfl.max',
    'NY Paid Family Leave yearly maximum (per person)',
    'USD',
    411.91,
    'official',
    S.nyPfl2026,
  ],
  [
    'US-NY.dbl.rate',
    'NY disability benefits (DBL) employee rate',
    'pct',
    0.5,
    'official',
    S.nyWcl209,
  ],
  [
    'US-NY.dbl.max',
    'NY DBL yearly maximum ($0.60 a week, per person)',
    'USD',
    31.2,
    'official',
    S.nyWcl209,
    'Statutory maximum employee contribution; many employers pay it.',
  ],
  [
    'US-NY.supplementalWithholding',
    'NY State withholding rate on supplemental wages',
    'pct',
    null,
    'unverified',
    S.nysWithholding,
    'Not confirmed: take it from NYS-50-T-NYS. Used only by the withholding hint.',
  ],
];
