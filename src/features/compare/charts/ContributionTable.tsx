import { formatPoints } from '@/components/format';
import type { ContributionBars } from './chartData';

/** Text alternative of the contribution bars: points by dimension, offers in ranking order. */
export function ContributionTable({ data }: { data: ContributionBars }) {
  return (
    <>
      <table className="data">
        <caption className="visually-hidden">
          Score points by dimension, offers in ranking order
        </caption>
        <thead>
          <tr>
            <th scope="col">Offer</th>
            {data.dimensions.map((d) => (
              <th key={d.id} scope="col">
                {d.label}
              </th>
            ))}
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                {r.name}
                {r.eligible ? '' : ' (misses a must-have)'}
              </th>
              {data.dimensions.map((d) => (
                <td key={d.id}>{formatPoints(r.points[d.id] ?? 0)}</td>
              ))}
              <td>
                <strong>{formatPoints(r.score)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.unscored.map((u) => (
        <p key={u.id} className="muted small">
          {u.name} has no score{u.error ? `: ${u.error}` : ''}.
        </p>
      ))}
    </>
  );
}
