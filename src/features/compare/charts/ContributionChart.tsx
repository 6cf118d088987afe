import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { formatPoints } from '@/components/format';
import type { ContributionBars, ContributionDimension, ContributionRow } from './chartData';
import { AXIS_LINE, CHAR_PX, TOOLTIP_WRAPPER, shortName } from './chartFormat';
import { PlainTick } from './PlainTick';
import { ChartCard, type ChartSize } from './ChartCard';
import { ChartLegend, SwatchIcon } from './ChartLegend';
import { ContributionTable } from './ContributionTable';
import { seriesStyle } from './seriesStyle';
import { stackSegments, stackTotal, type StackPart } from './stackSegments';
import { NO_GRID_LINES } from '@/components/chartGrid';

const ROW_HEIGHT = 52; // a name line above an 18 px bar
const INELIGIBLE_OPACITY = 0.4;

/** Chart 4: per offer in ranking order, the score points each dimension contributes. */
// Memoized: laying a Recharts chart out again costs as much as the first time, so it is redrawn
// only when its data changes.
export const ContributionChart = memo(function ContributionChart({
  data,
}: {
  data: ContributionBars;
}) {
  const anyIneligible = data.rows.some((r) => !r.eligible);
  const chart = ({ width, height }: ChartSize) => {
    const maxNameChars = Math.max(12, Math.floor((width - 60) / CHAR_PX));
    return (
      <BarChart
        width={width}
        height={height}
        layout="vertical"
        data={data.rows}
        margin={{ top: 4, right: 40, bottom: 0, left: 4 }}
        barSize={18}
        accessibilityLayer={false}
      >
        <CartesianGrid
          stroke="var(--border)"
          strokeDasharray="3 3"
          horizontal={false}
          horizontalCoordinatesGenerator={NO_GRID_LINES}
        />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          interval={0}
          tick={PlainTick}
          axisLine={AXIS_LINE}
          tickLine={false}
        />
        {/* Names go above the bars (see ContributionBar), so the axis takes no width. */}
        <YAxis type="category" dataKey="id" hide />
        <Tooltip
          cursor={{ fill: 'var(--bg-soft)', stroke: 'none' }}
          wrapperStyle={TOOLTIP_WRAPPER}
          isAnimationActive={false}
          content={({ active, payload }) =>
            active && payload[0] ? (
              <ContributionTooltip row={payload[0].payload as ContributionRow} data={data} />
            ) : null
          }
        />
        <Bar
          dataKey={(row: ContributionRow) => stackTotal(pointParts(row, data))}
          name="Score"
          isAnimationActive={false}
          shape={(bar: BarShapeProps) => (
            <ContributionBar
              {...bar}
              row={bar.payload as ContributionRow}
              data={data}
              maxNameChars={maxNameChars}
            />
          )}
        />
      </BarChart>
    );
  };
  return (
    <ChartCard
      id="chart-contributions"
      title="Score contributions"
      caption={`Score points each dimension adds, offers in ranking order${anyIneligible ? '; faded bars miss a must-have' : ''}.`}
      imageLabel={`Horizontal stacked bar chart of score points by dimension for ${data.rows.length} offers in ranking order. Open the table for the figures.`}
      height={data.rows.length * ROW_HEIGHT + 40}
      legend={
        <ChartLegend
          label="Dimensions"
          items={data.dimensions.map((d) => ({
            key: d.id,
            label: d.label,
            icon: <SwatchIcon color={d.color} />,
          }))}
        />
      }
      chart={data.rows.length > 0 && data.dimensions.length > 0 ? chart : null}
      table={<ContributionTable data={data} />}
      wide
    />
  );
});

/** An offer's score points as the parts of its bar, first dimension at the left. */
function pointParts(
  row: ContributionRow,
  data: ContributionBars,
): StackPart<ContributionDimension>[] {
  return data.dimensions.map((d) => ({ key: d, value: row.points[d.id] ?? 0 }));
}

/**
 * One offer's bar: a segment per dimension in the dimension's color (faded when the offer misses
 * a must-have), its name above after its color swatch, and its score at the right end.
 */
function ContributionBar({
  x,
  y,
  width,
  height,
  row,
  data,
  maxNameChars,
}: BarShapeProps & { row: ContributionRow; data: ContributionBars; maxNameChars: number }) {
  const suffix = row.eligible ? '' : ' (misses a must-have)';
  return (
    <g>
      {stackSegments(pointParts(row, data), width).map((segment) => (
        <rect
          key={segment.key.id}
          x={x + segment.offset}
          y={y}
          width={segment.size}
          height={height}
          fill={segment.key.color}
          fillOpacity={row.eligible ? 1 : INELIGIBLE_OPACITY}
        />
      ))}
      <g transform={`translate(${x},${y - 6})`}>
        <rect x={0} y={-9} width={10} height={10} rx={2} fill={seriesStyle(row.index).color} />
        <text x={14} y={0} fill="var(--fg)" fontSize={12}>
          {shortName(row.name, maxNameChars - suffix.length)}
          {suffix}
        </text>
      </g>
      <text
        x={x + width + 5}
        y={y + height / 2}
        dy="0.355em"
        fill="var(--fg)"
        fontSize={12}
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {formatPoints(row.score)}
      </text>
    </g>
  );
}

function ContributionTooltip({ row, data }: { row: ContributionRow; data: ContributionBars }) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">
        <SwatchIcon color={seriesStyle(row.index).color} /> {row.name}: {formatPoints(row.score)}{' '}
        points
        {row.eligible ? '' : ' (misses a must-have)'}
      </p>
      {data.dimensions.map((d) => (
        <p key={d.id}>
          <SwatchIcon color={d.color} /> {d.label}: {formatPoints(row.points[d.id] ?? 0)}
        </p>
      ))}
    </div>
  );
}
