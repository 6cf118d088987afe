import { formatMoney } from '@/components/format';
import type { ExitValueView } from './exitValueData';

/** The exit values in figures: the chart's text alternative. */
export function ExitValueTable({ view }: { view: ExitValueView }) {
  const money = (v: number) => formatMoney(v, view.currency);
  const showFormula = view.rows.some((r) => r.formulaNet !== null) && view.hasCapTable;
  return (
    <div
      className="table-wrap"
      tabIndex={0}
      role="group"
      aria-label={`Exit value table for ${view.name}`}
    >
      <table className="data exit-table">
        <caption className="visually-hidden">Exit values of {view.name}’s grant</caption>
        <thead>
          <tr>
            <th scope="col">Exit value</th>
            <th scope="col">Gross</th>
            <th scope="col">Exercise cost</th>
            <th scope="col">Net</th>
            {showFormula && <th scope="col">Simple formula</th>}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">
                {formatMoney(r.exitValue, view.currency, { compact: true })}{' '}
                <span className="muted small">({r.label})</span>
              </th>
              <td>{money(r.gross)}</td>
              <td>{money(r.exerciseCost)}</td>
              <td>{money(r.net)}</td>
              {showFormula && <td>{r.formulaNet === null ? '—' : money(r.formulaNet)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
