import type { FinanceAssumptions } from '@/domain';
import { PayrollTaxesEditor } from './PayrollTaxesEditor';
import { OptionValuationEditor } from './OptionValuationEditor';

/** The editable assumptions every employer-cost figure rests on. */
export function AssumptionsPanel({ finance }: { finance: FinanceAssumptions }) {
  return (
    <section
      className="card finance-assumptions no-print"
      aria-labelledby="finance-assumptions-heading"
    >
      <h2 id="finance-assumptions-heading">Assumptions</h2>
      <p className="muted small">
        Editable. Every offer&apos;s employer cost above updates as you type.
      </p>
      <PayrollTaxesEditor taxes={finance.payrollTaxes} />
      <OptionValuationEditor valuation={finance.optionValuation} />
    </section>
  );
}
