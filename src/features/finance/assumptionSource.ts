import { formatMoney, formatNumber } from '@/components/format';
import { US_PAYROLL_TAXES_2026, type PayrollTax } from '@/domain';

/**
 * Whose assumption a payroll-tax row is. A row that still cites a published source (the US 2026
 * defaults) but whose rate or wage cap was changed is the user's own figure: the view, the
 * printed summary and the CSV say so, and keep the published source for reference.
 */
export interface AssumptionSource {
  /** True when the rate or cap differs from the published figures the row's source cites. */
  edited: boolean;
  /** The text to show as the row's source. */
  label: string;
  /** The published source the row was based on (only when edited). */
  originalSource?: string;
  /** What was changed, in words: "rate 7% (published 6.2%)". Empty unless edited. */
  changes: string[];
}

/** Shown when a row names no source at all. */
export const OWN_ASSUMPTION = 'Your assumption';

type Published = Pick<PayrollTax, 'name' | 'ratePct' | 'wageCap' | 'source'>;

const capText = (cap: number | undefined) => (cap === undefined ? 'no cap' : formatMoney(cap));

/** The published default a row cites: same source text (the citation is what would mislead). */
function publishedFor(tax: PayrollTax, published: readonly Published[]): Published | undefined {
  const source = tax.source.trim();
  return source === '' ? undefined : published.find((p) => p.source === source);
}

export function assumptionSource(
  tax: PayrollTax,
  published: readonly Published[] = US_PAYROLL_TAXES_2026,
): AssumptionSource {
  const source = tax.source.trim();
  const original = publishedFor(tax, published);
  if (!original) return { edited: false, label: source || OWN_ASSUMPTION, changes: [] };
  const changes: string[] = [];
  if (tax.ratePct !== original.ratePct)
    changes.push(
      `rate ${formatNumber(tax.ratePct, 3)}% (published ${formatNumber(original.ratePct, 3)}%)`,
    );
  if (tax.wageCap !== original.wageCap)
    changes.push(
      `${tax.wageCap === undefined ? 'no wage cap' : `wage cap ${capText(tax.wageCap)}`} (published ${capText(original.wageCap)})`,
    );
  if (changes.length === 0) return { edited: false, label: source, changes };
  return {
    edited: true,
    label: `${OWN_ASSUMPTION}: ${changes.join(', ')}`,
    originalSource: original.source,
    changes,
  };
}

/** One line for print and CSV: "Your assumption: rate 7% (published 6.2%). Based on: SSA, …". */
export function assumptionSourceLabel(
  tax: PayrollTax,
  published: readonly Published[] = US_PAYROLL_TAXES_2026,
): string {
  const s = assumptionSource(tax, published);
  return s.edited ? `${s.label}. Based on: ${s.originalSource}` : s.label;
}
