import { US_PAYROLL_TAXES_2026, type PayrollTax } from '@/domain';

/** A payroll-tax row as the defaults publish it: the rate and cap its source cites. */
interface DefaultTax {
  ratePct: number;
  wageCap?: number;
  source: string;
}

/** What a row's source text stands for: a published default, a default the user changed, or the user's own. */
export interface AssumptionSource {
  /** True when the figures are the user's: an edited default, or a row with no published source. */
  own: boolean;
  /** Which figures differ from the default the source cites ('rate', 'cap'); empty when none. */
  edited: ('rate' | 'cap')[];
  /** The source text as stored (for an edited default, the original citation, kept for reference). */
  source: string;
}

/**
 * Looks the row's source up among the defaults: the same citation with a different rate or wage
 * cap means the user edited a published figure, so the figures are theirs and the citation is
 * only where they started from. A source that cites no default is the user's own text.
 */
export function assumptionSource(
  tax: Pick<PayrollTax, 'ratePct' | 'wageCap' | 'source'>,
  defaults: readonly DefaultTax[] = US_PAYROLL_TAXES_2026,
): AssumptionSource {
  const source = tax.source.trim();
  const published = defaults.find((d) => d.source === source);
  if (!published) return { own: true, edited: [], source };
  const edited: AssumptionSource['edited'] = [];
  if (tax.ratePct !== published.ratePct) edited.push('rate');
  if (tax.wageCap !== published.wageCap) edited.push('cap');
  return { own: edited.length > 0, edited, source };
}

const EDITED_WORDS = { rate: 'rate', cap: 'wage cap' } as const;

/**
 * The source as one line for the view, the print summary and the CSV:
 * - a published default: its citation;
 * - an edited default: "Your assumption (rate edited; default source: <citation>)";
 * - the user's own row: its text, or "Your assumption" when it has none.
 */
export function assumptionSourceLabel(
  tax: Pick<PayrollTax, 'ratePct' | 'wageCap' | 'source'>,
  defaults?: readonly DefaultTax[],
): string {
  const { edited, source } = assumptionSource(tax, defaults);
  if (edited.length > 0) {
    const what = edited.map((e) => EDITED_WORDS[e]).join(' and ');
    return `Your assumption (${what} edited; default source: ${source})`;
  }
  return source || 'Your assumption';
}
