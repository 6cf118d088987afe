import { formatMoney } from '@/components/format';
import type { ExitPoint, ExitValueView } from './exitValueData';

const W = 640;
const H = 220;
const PAD = { left: 64, right: 12, top: 12, bottom: 36 };

/**
 * The grant's net value against the exit value: a line through the waterfall's exact points,
 * its breakpoints marked, the simple formula dashed beside it. Decorative for screen readers:
 * the table below carries the same figures (the chart's text alternative).
 */
export function ExitValueChart({ view, color }: { view: ExitValueView; color: string }) {
  const maxX = view.line.at(-1)?.exitValue ?? 1;
  const top = Math.max(
    1,
    ...view.line.map((p) => p.net),
    ...(view.formulaLine ?? []).map((p) => p.net),
  );
  const x = (v: number) => PAD.left + (v / maxX) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / top) * (H - PAD.top - PAD.bottom);
  const path = (points: readonly ExitPoint[]) =>
    points
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.exitValue).toFixed(1)},${y(p.net).toFixed(1)}`)
      .join('');
  const money = (v: number) => formatMoney(v, view.currency, { compact: true });
  const xTicks = [0, 1, 2, 3].map((m) => m * view.today);
  return (
    <svg
      className="exit-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`Net value of ${view.name}'s grant at exit values from 0 to ${money(maxX)}; figures in the table below`}
    >
      <line className="exit-axis" x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} />
      <line className="exit-axis" x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={y(0)} />
      {xTicks.map((v, i) => (
        <text
          key={v}
          className="exit-tick"
          x={x(v)}
          y={H - 12}
          textAnchor={i === 0 ? 'start' : i === xTicks.length - 1 ? 'end' : 'middle'}
        >
          {money(v)}
        </text>
      ))}
      {[0, top].map((v) => (
        <text key={v} className="exit-tick" x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
          {money(v)}
        </text>
      ))}
      {view.formulaLine && (
        <path
          className="exit-formula"
          d={path(view.formulaLine)}
          fill="none"
          strokeDasharray="5 4"
        />
      )}
      <path d={path(view.line)} fill="none" stroke={color} strokeWidth={2.5} />
      {view.breakpoints.map((b) => (
        <circle
          key={b.exitValue}
          cx={x(b.exitValue)}
          cy={y(b.net)}
          r={4}
          className="exit-break"
          stroke={color}
        >
          <title>{`Breakpoint at ${money(b.exitValue)}: ${money(b.net)}`}</title>
        </circle>
      ))}
    </svg>
  );
}
