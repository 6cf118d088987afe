import { formatMoney } from '@/components/format';
import { COMP_COMPONENTS, type TotalCompByYear } from './chartData';
import { SwatchIcon } from './ChartLegend';
import { seriesStyle } from './seriesStyle';

/** Text alternative: per offer, each component by year, then the year's total comp. */
export function TotalCompTable({ data }: { data: TotalCompByYear }) {
  return (
    <table className="data">
      <caption className="visually-hidden">
        Total comp per year by component, in each offer's currency
      </caption>
      <thead>
        <tr>
          <th scope="col">Offer and component</th>
          {data.rows.map((r) => (
            <th key={r.year} scope="col">
              {r.label}
            </th>
          ))}
        </tr>
      </thead>
      {data.series.map((s) => (
        <tbody key={s.id}>
          <tr>
            <th scope="rowgroup" colSpan={data.rows.length + 1} className="chart-table__group">
              <SwatchIcon color={seriesStyle(s.index).color} /> {s.name}
            </th>
          </tr>
          {COMP_COMPONENTS.map((c) => (
            <tr key={c.key}>
              <th scope="row">
                <span className="visually-hidden">{s.name}:</span> {c.label}
              </th>
              {data.rows.map((r) => (
                <td key={r.year}>{cell(r.offers[s.id]?.[c.key], s.currency)}</td>
              ))}
            </tr>
          ))}
          <tr className="total">
            <th scope="row">
              <span className="visually-hidden">{s.name}:</span> Total comp
            </th>
            {data.rows.map((r) => (
              <td key={r.year}>{cell(r.offers[s.id]?.totalComp, s.currency)}</td>
            ))}
          </tr>
        </tbody>
      ))}
    </table>
  );
}

function cell(value: number | undefined, currency: string): string {
  return value === undefined ? '—' : formatMoney(value, currency);
}
