import { TableScroll } from './TableScroll';
import type { PanelChartData } from '@/domain';

const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Member-by-member similarity (S* of each pair for pairwise panels, S otherwise), ordered so
 * clusters sit on the diagonal. A table whose cells are shaded: the numbers are the alternative.
 */
export function SimilarityHeatmap({
  heatmap,
  measure,
}: {
  heatmap: NonNullable<PanelChartData['heatmap']>;
  measure: string;
}) {
  const span = Math.max(1e-9, 1 - heatmap.min);
  return (
    <TableScroll label="Similarity of members">
      <table className="panel-heatmap">
        <caption>
          How alike each pair of members is ({measure} of the two, 100% = identical); similar
          members are placed next to each other.
        </caption>
        <thead>
          <tr>
            <td />
            {heatmap.names.map((n, i) => (
              <th key={i} scope="col">
                {n}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heatmap.values.map((row, i) => (
            <tr key={i}>
              <th scope="row">{heatmap.names[i]}</th>
              {row.map((v, j) => {
                // Darker = more alike, relative to the least alike pair.
                const strength = i === j ? 0 : 0.08 + (0.32 * (v - heatmap.min)) / span;
                return (
                  <td
                    key={j}
                    className="num"
                    style={{ ['--heat' as string]: strength.toFixed(2) }}
                    data-diagonal={i === j || undefined}
                  >
                    {i === j ? '—' : percent(v)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
