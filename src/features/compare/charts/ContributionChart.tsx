import { useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Tooltip,
  XAxis,
  YAxis,
  type ViewBox,
} from 'recharts';
import { formatPoints } from '@/components/format';
import type { ContributionBars, ContributionRow } from './chartData';
import { AXIS_LINE, AXIS_TICK, TOOLTIP_WRAPPER, shortName } from './chartFormat';
import { ChartCard } from './ChartCard';
import { ChartLegend, SwatchIcon } from './ChartLegend';
import { ContributionTable } from './ContributionTable';
import { seriesStyle } from './seriesStyle';

const ROW_HEIGHT = 52; // a name line above an 18 px bar
const NAME_CHAR_PX = 6.8; // average width of a 12 px character, to fit names on a phone
const INELIGIBLE_OPACITY = 0.4;

/** Chart 4: per offer in ranking order, the score points each dimension contributes. */
export function ContributionChart({ data }: { data: ContributionBars }) {
  const [width, setWidth] = useState(0);
  const maxNameChars = width > 0 ? Math.max(12, Math.floor((width - 60) / NAME_CHAR_PX)) : 40;
  const first = data.dimensions[0];
  const last = data.dimensions[data.dimensions.length - 1];
  const anyIneligible = data.rows.some((r) => !r.eligible);
  const chart = (
    <BarChart
      layout="vertical"
      data={data.rows}
      margin={{ top: 4, right: 40, bottom: 0, left: 4 }}
      barSize={18}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" horizontal={false} />
      <XAxis
        type="number"
        domain={[0, 100]}
        ticks={[0, 25, 50, 75, 100]}
        tick={AXIS_TICK}
        axisLine={AXIS_LINE}
        tickLine={false}
      />
      {/* Names go above the bars (see OfferName), so the axis takes no width. */}
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
      {data.dimensions.map((d) => (
        <Bar
          key={d.id}
          stackId="points"
          dataKey={(row: ContributionRow) => row.points[d.id] ?? 0}
          name={d.label}
          fill={d.color}
          isAnimationActive={false}
        >
          {data.rows.map((r) => (
            <Cell key={r.id} fillOpacity={r.eligible ? 1 : INELIGIBLE_OPACITY} />
          ))}
          {d === first && (
            <LabelList
              dataKey="id"
              content={(props) => (
                <OfferName
                  viewBox={props.viewBox}
                  id={String(props.value)}
                  rows={data.rows}
                  maxChars={maxNameChars}
                />
              )}
            />
          )}
          {d === last && (
            <LabelList
              dataKey="score"
              position="right"
              formatter={(v: unknown) => (typeof v === 'number' ? formatPoints(v) : '')}
              style={{ fill: 'var(--fg)', fontSize: 12, fontVariantNumeric: 'tabular-nums' }}
            />
          )}
        </Bar>
      ))}
    </BarChart>
  );
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
      onWidth={setWidth}
    />
  );
}

/** The offer's name above its bar, after its color swatch, so offers keep their color here too. */
function OfferName({
  viewBox,
  id,
  rows,
  maxChars,
}: {
  viewBox: ViewBox | undefined;
  id: string;
  rows: ContributionRow[];
  maxChars: number;
}) {
  const row = rows.find((r) => r.id === id);
  if (!row || !viewBox || !('x' in viewBox) || viewBox.x === undefined || viewBox.y === undefined)
    return null;
  const { x, y } = viewBox;
  const suffix = row.eligible ? '' : ' (misses a must-have)';
  return (
    <g transform={`translate(${x},${y - 6})`}>
      <rect x={0} y={-9} width={10} height={10} rx={2} fill={seriesStyle(row.index).color} />
      <text x={14} y={0} fill="var(--fg)" fontSize={12}>
        {shortName(row.name, maxChars - suffix.length)}
        {suffix}
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
