import { useMemo } from 'react';
import { FigureFormula } from '@/components/FigureFormula';
import type { TakeHomeContext } from './context';
import { useTaxBasis } from './basis';
import { buildTakeHomeSections, type TakeHomeCell } from './tableRows';
import { useTakeHome } from './useTakeHome';

function Cell({ cell, label }: { cell: TakeHomeCell; label: string }) {
  const deltaClass =
    cell.tone === 'neutral' || !cell.delta
      ? 'muted'
      : cell.delta > 0 === (cell.tone === 'good')
        ? 'delta--up'
        : 'delta--down';
  return (
    <td>
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

/**
 * The side-by-side table's Take-home row groups (shown with "After tax"). Rendered inside the
 * table as <tbody> elements; while the tax code loads, one row says so.
 */
export default function TakeHomeRows({ workspace, summary, outlook }: TakeHomeContext) {
  const [basis] = useTaxBasis();
  const state = useTakeHome(workspace, outlook);
  const columns = summary.offers.length + 1;
  const sections = useMemo(
    () =>
      state.status === 'ready'
        ? buildTakeHomeSections(state.result, workspace.baselineOfferId)
        : null,
    [state, workspace.baselineOfferId],
  );
  if (basis !== 'after') return null;
  if (!sections)
    return (
      <tbody>
        <tr>
          <td colSpan={columns} className="muted" role="status">
            {state.status === 'failed' ? state.message : 'Computing take-home…'}
          </td>
        </tr>
      </tbody>
    );
  return sections.map((section) => (
    <tbody key={section.label} className="takehome-rows">
      <tr className="compare-table__section">
        <th scope="colgroup" colSpan={columns}>
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
              key={summary.offers[i]!.offer.id}
              cell={cell}
              label={`${row.label} (${section.label}), ${summary.offers[i]!.offer.name}`}
            />
          ))}
        </tr>
      ))}
    </tbody>
  ));
}
