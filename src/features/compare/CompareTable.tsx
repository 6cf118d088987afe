import type { ReactNode } from 'react';
import { toCsv } from '@/components/csv';
import { datedFilename, downloadText } from '@/components/download';
import { FigureFormula } from '@/components/FigureFormula';
import { offerColor } from '@/components/offerColors';
import type { CompareCell, CompareRow, CompareTableModel } from './compareTable';
import { compareCsvRows } from './csvRows';

function Cell({ cell, row, label }: { cell: CompareCell; row: CompareRow; label: string }) {
  const deltaClass =
    row.neutralDelta || !cell.delta ? 'muted' : cell.delta > 0 ? 'delta--up' : 'delta--down';
  return (
    <td className={row.kind === 'eligibility' ? 'compare-table__text' : undefined}>
      <span className="compare-table__value">
        <FigureFormula text={cell.text} label={label} formula={cell.formula} />
      </span>
      {cell.deltaText ? (
        <span className={`compare-table__delta ${deltaClass}`}>
          <span className="visually-hidden"> vs baseline </span>
          {cell.deltaText}
        </span>
      ) : null}
    </td>
  );
}

/** One column per offer; every figure with its delta against the baseline and its formula a click away. */
export function CompareTable({
  model,
  extraRows,
}: {
  model: CompareTableModel;
  /** Other features' row groups (<tbody> elements, one cell per column), e.g. take-home. */
  extraRows?: ReactNode;
}) {
  const download = () =>
    downloadText(
      datedFilename('offerscope-compare', 'csv'),
      toCsv(compareCsvRows(model)),
      'text/csv',
    );
  const baseline = model.columns.find((c) => c.isBaseline);
  return (
    <section className="card" aria-labelledby="side-by-side-heading">
      <div className="cmp-card-head">
        <h2 id="side-by-side-heading">Side by side</h2>
        <button type="button" className="btn btn--small" onClick={download}>
          Download CSV
        </button>
      </div>
      <p className="muted small">
        {baseline
          ? `Differences are against ${baseline.name}.`
          : 'Mark an offer as the baseline in Offers to see differences against it.'}{' '}
        Select a figure (click, tap or Enter) for its formula; see also “Where do these figures come
        from?” below.
      </p>
      <div
        className="table-wrap"
        tabIndex={0}
        role="region"
        aria-label="Side-by-side figures (scrolls sideways)"
      >
        <table className="data compare-table">
          <caption className="visually-hidden">Side-by-side figures per offer</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              {model.columns.map((c) => (
                <th key={c.id} scope="col" className="compare-table__offer">
                  <span
                    className="swatch"
                    style={{ background: offerColor(c.index) }}
                    aria-hidden="true"
                  />
                  <span className="compare-table__name">{c.name}</span>
                  {c.isBaseline ? (
                    <span className="badge muted compare-table__baseline">Baseline</span>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          {model.sections.map((section) => (
            <tbody key={section.label}>
              <tr className="compare-table__section">
                <th scope="colgroup" colSpan={model.columns.length + 1}>
                  {section.label}
                </th>
              </tr>
              {section.rows.map((row) => (
                <tr key={row.id} className={row.total ? 'total' : undefined}>
                  <th scope="row">
                    <span className="visually-hidden">{section.label}:</span> {row.label}
                  </th>
                  {row.cells.map((cell, i) => (
                    <Cell
                      key={model.columns[i]!.id}
                      cell={cell}
                      row={row}
                      label={`${row.label} (${section.label}), ${model.columns[i]!.name}`}
                    />
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
          {extraRows}
        </table>
      </div>
      <FormulaDetails model={model} />
    </section>
  );
}

/** The formulas behind the key figures, readable by keyboard and screen reader (hover titles are not). */
function FormulaDetails({ model }: { model: CompareTableModel }) {
  const first = model.sections[0];
  const keyRows = [...(first?.rows ?? []), ...(model.sections.at(-1)?.rows ?? [])].filter((r) =>
    r.cells.some((c) => c.formula),
  );
  return (
    <details className="cmp-formulas">
      <summary>Where do these figures come from?</summary>
      {model.columns.map((column, i) => (
        <div key={column.id} className="cmp-formulas__offer">
          <h3 className="small">{column.name}</h3>
          <ul className="small">
            {keyRows.map((row) => {
              const formula = row.cells[i]?.formula;
              return formula ? <li key={row.id}>{formula}</li> : null;
            })}
          </ul>
        </div>
      ))}
    </details>
  );
}
