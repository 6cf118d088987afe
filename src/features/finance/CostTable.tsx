import { formatMoney } from '@/components/format';
import type { EmployerCostYear, FinanceAssumptions } from '@/domain';
import { costRows } from './costTable';
import { payrollTaxTitle } from './explain';

interface CostTableProps {
  id: string;
  offerName: string;
  years: readonly EmployerCostYear[];
  yearCount: number;
  currency: string;
  finance: FinanceAssumptions;
}

/** Employer cost by year, one row per component, with the horizon total column. */
export function CostTable({ id, offerName, years, yearCount, currency, finance }: CostTableProps) {
  const rows = costRows(years);
  const money = (v: number) => formatMoney(v, currency);
  return (
    <>
      <p className="finance-table__title" aria-hidden="true">
        Employer cost by year, in {currency}
      </p>
      <div
        className="table-wrap"
        tabIndex={0}
        role="group"
        aria-label={`Employer cost table for ${offerName}`}
      >
        <table className="data finance-table" id={id}>
          <caption className="visually-hidden">
            Employer cost by year for {offerName}, in {currency}
          </caption>
          <thead>
            <tr>
              <th scope="col">Component</th>
              {years.map((y) => (
                <th key={y.year} scope="col">
                  Year {y.year}
                </th>
              ))}
              <th scope="col">{yearCount}-year total</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={row.key === 'total' ? 'total' : undefined}>
                <th scope="row">{row.label}</th>
                {row.values.map((value, i) => (
                  <td
                    key={i}
                    title={
                      row.key === 'payrollTax' && years[i]
                        ? payrollTaxTitle(years[i], finance, currency)
                        : undefined
                    }
                  >
                    {money(value)}
                  </td>
                ))}
                <td className="finance-table__horizon">{money(row.horizonTotal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
