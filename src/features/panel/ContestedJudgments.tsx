import type { PanelChartData } from '@/domain';
import { figure } from '@/domain/decide/panelHeadline';

/** AIJ panels: the three judgments the members disagree on most (geometric SD of the cell). */
export function ContestedJudgments({ contested }: { contested: PanelChartData['contested'] }) {
  if (contested.length === 0) return null;
  return (
    <div>
      <h4>Most contested judgments</h4>
      <ol className="small">
        {contested.map((c) => (
          <li key={`${c.i}>${c.j}`}>
            {c.iLabel} versus {c.jLabel}:{' '}
            <span className="num">geometric SD {figure(c.geoSd, 2)}</span>{' '}
            <span className="muted">(1 = everyone gave the same answer)</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
