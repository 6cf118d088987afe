import type { PanelChartData } from '@/domain';
import { formatWeightShare } from '@/components/weights/weightMath';
import { markerPath } from './MarkerIcon';
import { memberColor } from './roles';
import { useWidth } from './useWidth';

const ROW = 46;
const LEFT = 12;
const RIGHT = 20;
/** Drawn at the box's width, up to this. */
const MAX_WIDTH = 640;
const TOP = 22;
/** The strip sits this far below the top of its row; the dimension's name is above it. */
const STRIP = 30;

/**
 * Disagreement first (decide.md §2.5): one row per dimension, widest range first. The group
 * weight is a bar, the members' range a whisker, each member a marker (color and shape), and the
 * candidate's own weight a hollow ring. The table below says the same in numbers.
 */
export function StripChart({ chart }: { chart: PanelChartData }) {
  const [ref, boxWidth] = useWidth<HTMLDivElement>(MAX_WIDTH);
  const WIDTH = Math.max(240, Math.min(MAX_WIDTH, boxWidth));
  const height = TOP + chart.strips.length * ROW + 8;
  const x = (w: number) => LEFT + (w / chart.axisMax) * (WIDTH - LEFT - RIGHT);
  const ticks = Array.from({ length: Math.round(chart.axisMax / 0.05) + 1 }, (_, i) => i * 0.05);
  // Room for a tick label every 50 px or so.
  const every = Math.max(1, Math.ceil(ticks.length / Math.max(2, Math.floor(WIDTH / 50))));
  const labelled = ticks.filter((_, i) => i % every === 0);
  return (
    <div ref={ref} className="panel-strips-box">
      <svg
        className="panel-strips"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
        role="img"
        aria-label="Strip chart of each member's weight per dimension, widest disagreement first; the table below has the numbers"
      >
        {labelled.map((t) => (
          <g key={t}>
            <text x={x(t)} y={TOP - 8} textAnchor="middle" className="panel-strips__tick">
              {formatWeightShare(t)}
            </text>
          </g>
        ))}
        {chart.strips.map((s, row) => {
          const y = TOP + row * ROW + STRIP;
          return (
            <g key={s.dimension}>
              <text x={LEFT} y={y - 14} className="panel-strips__label">
                {s.label}
                {s.split ? ' ⚑ split' : ''}
              </text>
              {labelled.map((t) => (
                <line
                  key={t}
                  x1={x(t)}
                  x2={x(t)}
                  y1={y - 11}
                  y2={y + 11}
                  className="panel-strips__grid"
                />
              ))}
              <rect
                x={LEFT}
                y={y - 5}
                width={Math.max(0, x(s.group) - LEFT)}
                height={10}
                className="panel-strips__bar"
              />
              <line x1={x(s.min)} x2={x(s.max)} y1={y} y2={y} className="panel-strips__whisker" />
              <line
                x1={x(s.min)}
                x2={x(s.min)}
                y1={y - 7}
                y2={y + 7}
                className="panel-strips__whisker"
              />
              <line
                x1={x(s.max)}
                x2={x(s.max)}
                y1={y - 7}
                y2={y + 7}
                className="panel-strips__whisker"
              />
              {s.candidate !== null ? (
                <circle cx={x(s.candidate)} cy={y} r={10} className="panel-strips__candidate" />
              ) : null}
              {s.markers.map((m) => (
                <path
                  key={m.member}
                  d={markerPath(m.shape, 6)}
                  transform={`translate(${x(m.weight)},${y + ((m.member % 3) - 1) * 3})`}
                  fill={memberColor(m.member)}
                  className="panel-strips__marker"
                />
              ))}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
