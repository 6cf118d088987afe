/** Shared helpers of the take-home tests. */
import {
  defaultTaxRules,
  takeHome,
  type FilingStatus,
  type JurisdictionId,
  type TakeHomeYear,
  type TaxYearWages,
} from '@/domain';

export const RULES = defaultTaxRules();

/** takeHome of one tax year (2026 unless the wages say otherwise). */
export function year(
  wages: Partial<TaxYearWages>,
  jurisdiction: JurisdictionId,
  filing: FilingStatus = 'single',
  rules = RULES,
): TakeHomeYear {
  const [y] = takeHome([{ year: 2026, salary: 0, ...wages }], jurisdiction, filing, rules);
  if (!y) throw new Error('no year');
  return y;
}

export function line(y: TakeHomeYear, id: string): number {
  const found = y.lines.find((l) => l.id === id);
  if (!found) throw new Error(`no line ${id} in ${y.jurisdiction}`);
  return found.amount;
}

export const sumLines = (y: TakeHomeYear, ids: string[]) =>
  Math.round(ids.reduce((s, id) => s + line(y, id), 0) * 100) / 100;

export const warning = (y: TakeHomeYear, code: string) => y.warnings.find((w) => w.code === code);

export const FICA = ['us.socialSecurity', 'us.medicare', 'us.additionalMedicare'];
