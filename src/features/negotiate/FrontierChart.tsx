import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { formatMoney, formatNumber } from '@/components/format';
import { useNoChartTabStops } from '@/components/chartFocus';
import type { FrontierChartData } from '@/domain';
import { leverLabel, type LabelOf } from './labels';

interface Props {
  frontier: FrontierChartData;
  alternatives: { lever: string; points: { score: number; cost: number }[] }[];
  currency: string;
  labelOf: LabelOf;
}

const ALTERNATIVE_DASH = ['6 3', '2 3', '8 3 2 3'];

/**
 * Extra employer cost (vertical) against score (horizontal): the frontier as a line whose
 * vertical parts are entry fees, single-lever alternatives dashed, the rival's score as a line,
 * the current offer and the cheapest package as dots. The table below holds the same figures.
 */
export default function FrontierChart({ frontier, alternatives, currency, labelOf }: Props) {
  const boxRef = useNoChartTabStops<HTMLDivElement>();
  const start = frontier.points[0];
  if (!start) return null;
  const extra = (p: { score: number; cost: number }) => ({
    score: p.score,
    extra: p.cost - start.cost,
  });
  const chosen = frontier.chosen ? extra(frontier.chosen) : null;
  return (
    <div
      ref={boxRef}
      className="chart-box neg-chart"
      role="img"
      aria-label="Chart of the cheapest extra cost of each score; the frontier table lists the same figures."
    >
      <ul className="neg-chart__legend" aria-hidden="true">
        <li>Solid: all levers</li>
        {alternatives.map((a, i) => (
          <li key={a.lever}>
            {['Dashed', 'Dotted', 'Dash-dot'][i] ?? 'Dashed'}: {leverLabel(a.lever, labelOf)} only
          </li>
        ))}
        <li>Vertical line: rival’s score</li>
      </ul>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart margin={{ top: 12, right: 12, bottom: 0, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="score"
            domain={['dataMin', 'dataMax']}
            tickFormatter={(v: number) => formatNumber(v, 0)}
          />
          <YAxis
            type="number"
            dataKey="extra"
            tickFormatter={(v: number) => formatMoney(v, currency, { compact: true })}
            width={64}
          />
          <Line
            data={frontier.points.map(extra)}
            dataKey="extra"
            type="linear"
            stroke="var(--accent, currentColor)"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          {alternatives.map((a, i) => (
            <Line
              key={a.lever}
              data={a.points.map((p) => ({
                score: p.score,
                extra: p.cost - (a.points[0]?.cost ?? 0),
              }))}
              dataKey="extra"
              type="linear"
              stroke="var(--fg-muted, currentColor)"
              strokeDasharray={ALTERNATIVE_DASH[i % ALTERNATIVE_DASH.length]}
              dot={false}
              isAnimationActive={false}
            />
          ))}
          {frontier.rivalScore !== undefined ? (
            <ReferenceLine x={frontier.rivalScore} stroke="var(--bad, currentColor)" />
          ) : null}
          <ReferenceDot x={start.score} y={0} r={5} fill="var(--fg, currentColor)" stroke="none" />
          {chosen ? (
            <ReferenceDot
              x={chosen.score}
              y={chosen.extra}
              r={6}
              fill="var(--accent, currentColor)"
              stroke="var(--bg, #fff)"
            />
          ) : null}
        </LineChart>
      </ResponsiveContainer>
      <p className="small muted">
        Dots: your current offer (at $0) and the cheapest winning package.
      </p>
    </div>
  );
}
