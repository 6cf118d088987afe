import { formatMoney } from '@/components/format';
import type { EmployerCostYear, FinanceAssumptions, Offer } from '@/domain';
import { equityExpenseExplanation, payrollTaxLines, payrollTaxSum, taxableWages } from './explain';

interface CostExplanationsProps {
  offer: Offer;
  years: readonly EmployerCostYear[];
  finance: FinanceAssumptions;
}

/** "Where does this come from?" for the two figures that are not plain offer terms. */
export function CostExplanations({ offer, years, finance }: CostExplanationsProps) {
  return (
    <div className="finance-explain">
      <details>
        <summary>Where do payroll taxes come from?</summary>
        <ul className="finance-explain__list small">
          {years.map((y) => (
            <li key={y.year}>
              <strong>Year {y.year}</strong>: taxable wages{' '}
              {formatMoney(taxableWages(y), offer.currency)} (base + bonus + sign-on + relocation)
              <ul>
                {payrollTaxLines(y, finance, offer.currency).map((line, i) => (
                  <li key={i} className="num-text">
                    {line.text}
                  </li>
                ))}
                <li className="num-text">{payrollTaxSum(y, finance, offer.currency)}</li>
              </ul>
            </li>
          ))}
        </ul>
      </details>
      <details>
        <summary>Where does equity expense come from?</summary>
        <ul className="finance-explain__list small">
          {equityExpenseExplanation(offer, finance).map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
