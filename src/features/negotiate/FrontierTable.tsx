import type { FrontierChartData } from '@/domain';
import { formatMoney, formatNumber } from '@/components/format';
import { leverLabel, type LabelOf } from './labels';

interface Props {
  frontier: FrontierChartData;
  currency: string;
  labelOf: LabelOf;
}

/** The cost–score frontier in words: each stretch of score, its $ per point and the levers buying it. */
export function FrontierTable({ frontier, currency, labelOf }: Props) {
  if (frontier.rows.length === 0) return null;
  const levers = (names: string) =>
    names === 'no lever'
      ? 'no lever'
      : names
          .split(' + ')
          .map((n) => leverLabel(n, labelOf))
          .join(' + ');
  return (
    <div className="neg-scroll">
      <table className="neg-table">
        <caption>
          Cost–score frontier: the cheapest cost of each score
          {frontier.rivalScore === undefined
            ? ''
            : ` (rival scores ${formatNumber(frontier.rivalScore, 1)})`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Score</th>
            <th scope="col">Per point</th>
            <th scope="col">Levers</th>
          </tr>
        </thead>
        <tbody>
          {frontier.rows.map((row) => (
            <tr key={`${row.from}-${row.to}`}>
              <th scope="row">
                {formatNumber(row.from, 1)}–{formatNumber(row.to, 1)}
              </th>
              <td>{formatMoney(row.dollarsPerPoint, currency)}</td>
              <td className="neg-table__text">{levers(row.levers)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
