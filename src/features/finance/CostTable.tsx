import { FigureFormula } from '@/components/FigureFormula';
import { formatMoney } from '@/components/format';
import { shownCostYear } from '@/components/roundedCost';
import type { EmployerCostYear, FinanceAssumptions } from '@/domain';
import { costRows, type CostRow } from './costTable';
import { costTotalFormula, payrollTaxFormula } from './explain';

interface CostTableProps {
  id: string;
  offerName: string;
  years: readonly EmployerCostYear[];
  yearCount: number;
  currency: string;
  finance: FinanceAssumptions;
}

/** The formula behind a cell, for the figures that are not plain offer terms. */
function cellFormula(
  row: CostRow,
  year: EmployerCostYear | undefined,
  finance: FinanceAssumptions,
  currency: string,
): string | null {
  if (!year) return null;
  if (row.key === 'payrollTax') return payrollTaxFormula(year, finance, currency);
  if (row.key === 'total') return costTotalFormula(shownCostYear(year), currency);
  return null;
}

/** Employer cost by year, one row per component, with the horizon total column (all whole units). */
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
                  <td key={i}>
                    <FigureFormula
                      text={money(value)}
                      label={`${row.label}, year ${i + 1}, ${offerName}`}
                      formula={cellFormula(row, years[i], finance, currency)}
                    />
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
