import { TableScroll } from './TableScroll';
import type { PanelChartData } from '@/domain';
import { formatPoints } from '@/components/format';

/**
 * The number that matters most (§2.5 point 3): each member's score of each offer and the offer
 * each view picks. Agreement on the decision can be high while weights differ.
 */
export function DecisionTable({
  decision,
  groupScores,
}: {
  decision: NonNullable<PanelChartData['decision']>;
  groupScores?: { scores: number[]; pick: number };
}) {
  return (
    <div>
      <p className="panel-verdict" data-testid="panel-verdict">
        <strong>{capitalize(decision.verdict.text)}</strong>
        {decision.verdict.unanimous
          ? '.'
          : ': the views differ on the decision, not only on weights.'}
      </p>
      <TableScroll label="Scores per member">
        <table className="panel-table">
          <caption className="visually-hidden">
            Each member's score of each offer (0–100); the picked offer is marked
          </caption>
          <thead>
            <tr>
              <th scope="col">Offer</th>
              {decision.members.map((m, k) => (
                <th key={k} scope="col">
                  {m}
                </th>
              ))}
              {groupScores ? <th scope="col">Group</th> : null}
            </tr>
          </thead>
          <tbody>
            {decision.offers.map((o) => (
              <tr key={o.offer}>
                <th scope="row">{o.name}</th>
                {o.scores.map((s, k) => (
                  <td
                    key={k}
                    className="num"
                    data-picked={decision.picks[k] === o.offer || undefined}
                  >
                    {formatPoints(s)}
                    {decision.picks[k] === o.offer ? <span> ✓ picks</span> : null}
                  </td>
                ))}
                {groupScores ? (
                  <td className="num" data-picked={groupScores.pick === o.offer || undefined}>
                    {formatPoints(groupScores.scores[o.offer] ?? 0)}
                    {groupScores.pick === o.offer ? <span> ✓ picks</span> : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
