import { TableScroll } from './TableScroll';
import type { PanelChartData } from '@/domain';
import { formatWeightShare } from '@/components/weights/weightMath';

/** The strip chart's numbers: each member's weight per dimension, the range and the group. */
export function StripTable({ chart }: { chart: PanelChartData }) {
  return (
    <TableScroll label="Weights per member">
      <table className="panel-table">
        <caption className="visually-hidden">
          Each member's weight per dimension, widest disagreement first
        </caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            {chart.legend.map((m) => (
              <th key={m.member} scope="col">
                {m.name}
              </th>
            ))}
            <th scope="col">Range</th>
            <th scope="col">Group</th>
          </tr>
        </thead>
        <tbody>
          {chart.strips.map((s) => (
            <tr key={s.dimension}>
              <th scope="row">
                {s.label}
                {s.split ? <span className="panel-split"> split</span> : null}
              </th>
              {s.markers.map((m) => (
                <td key={m.member} className="num">
                  {formatWeightShare(m.weight)}
                </td>
              ))}
              <td className="num">
                {formatWeightShare(s.min)}–{formatWeightShare(s.max)}
              </td>
              <td className="num">{formatWeightShare(s.group)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
