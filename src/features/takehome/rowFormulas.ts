/** The hover formulas of Compare's Take-home rows, with the numbers filled in. */
import { formatMoney } from '@/components/format';
import type { OfferTakeHome, TakeHomeFigures } from './model';

type Ok = Extract<OfferTakeHome, { status: 'ok' }>;

export const m = (v: number, c: string) => formatMoney(v, c);
export const pct = (v: number) => `${(Math.round(v * 10) / 10).toFixed(1)}%`;

export function taxFormula(o: Ok, year: number): string | null {
  const y = o.years.find((r) => r.year === year);
  if (!y) return null;
  const parts = y.lines.map((l) => `${l.label} ${m(l.amount * o.rate, o.currency)}`);
  return `Tax ${year} = ${parts.join(' + ') || '0'} = ${m(y.totalTax * o.rate, o.currency)}`;
}

export function converted(o: Ok): string {
  return o.rate === 1
    ? ''
    : ` (computed in ${o.taxCurrency}, × ${o.rate} ${o.currency} per ${o.taxCurrency})`;
}

export function grossFormula(o: Ok, year: number): string | null {
  const y = o.years.find((r) => r.year === year);
  if (!y) return null;
  return `Wages taxed in ${year}: salary, bonus, sign-on, relocation and public RSU vests (private equity is taxed later) = ${m(y.gross * o.rate, o.currency)}${converted(o)}`;
}

export function effectiveFormula(f: TakeHomeFigures, currency: string): string {
  return `${m(f.tax, currency)} ÷ ${m(f.gross, currency)} = ${pct(f.effectiveRatePct)}`;
}
