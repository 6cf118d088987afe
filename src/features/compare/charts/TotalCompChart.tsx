import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { formatMoney } from '@/components/format';
import {
  COMP_COMPONENTS,
  type CompComponent,
  type CompParts,
  type CompYearRow,
  type OfferSeries,
  type TotalCompByYear,
} from './chartData';
import { TOOLTIP_WRAPPER, Y_AXIS_PX } from './chartFormat';
import { MONEY_GRID_PROPS, moneyAxisProps, yearAxisProps } from './axisProps';
import { ChartCard, type ChartSize } from './ChartCard';
import { TotalCompTable } from './TotalCompTable';
import { stackSegments, stackTotal, type StackPart } from './stackSegments';
import { ChartLegend, Marker, MarkerSwatchIcon, SwatchIcon } from './ChartLegend';
import { ComponentPatternDefs, ComponentSwatch, componentFill } from './componentFills';
import { seriesStyle } from './seriesStyle';
import { needsSecondCue } from '@/components/offerColors';

interface Props {
  data: TotalCompByYear;
  /** The currency all offers share, or null when they mix. */
  currency: string | null;
}

/** Chart 1: each year, one bar per offer, stacked base → bonus → sign-on → equity. */
// Memoized: laying a Recharts chart out again costs as much as the first time, so it is redrawn
// only when its data changes.
export const TotalCompChart = memo(function TotalCompChart({ data, currency }: Props) {
  // Past the colorblind-safe colors, each bar also carries its offer's marker on top.
  const markers = needsSecondCue(data.series.map((s) => s.index));
  const legend = (
    <>
      <ComponentPatternDefs
        offers={data.series.map((s) => ({ index: s.index, color: seriesStyle(s.index).color }))}
      />
      <ChartLegend
        label="Offers"
        items={data.series.map((s) => ({
          key: s.id,
          label: s.name,
          icon: markers ? (
            <MarkerSwatchIcon index={s.index} />
          ) : (
            <SwatchIcon color={seriesStyle(s.index).color} />
          ),
        }))}
      />
      <ChartLegend
        label="Components, bottom to top"
        items={COMP_COMPONENTS.map((c) => ({
          key: c.key,
          label: c.label,
          icon: <ComponentSwatch component={c.key} />,
        }))}
      />
    </>
  );
  const chart = ({ width, height }: ChartSize) => (
    <BarChart
      width={width}
      height={height}
      data={data.rows}
      margin={{ top: markers ? 16 : 8, right: 8, bottom: 0, left: 0 }}
      barCategoryGap="16%"
      barGap={2}
      accessibilityLayer={false}
    >
      <CartesianGrid {...MONEY_GRID_PROPS} />
      <XAxis
        {...yearAxisProps(
          data.rows.map((r) => r.label),
          width - Y_AXIS_PX,
        )}
      />
      <YAxis
        {...moneyAxisProps(
          currency,
          Math.max(0, ...data.rows.flatMap((r) => Object.values(r.offers).map((o) => o.totalComp))),
        )}
      />
      <Tooltip
        cursor={{ fill: 'var(--bg-soft)', stroke: 'none' }}
        wrapperStyle={TOOLTIP_WRAPPER}
        isAnimationActive={false}
        content={({ active, payload }) =>
          active && payload[0] ? (
            <CompTooltip row={payload[0].payload as CompYearRow} series={data.series} />
          ) : null
        }
      />
      {data.series.map((s) => {
        const { color } = seriesStyle(s.index);
        return (
          <Bar
            key={s.id}
            dataKey={(row: CompYearRow) => stackTotal(compParts(row.offers[s.id]))}
            name={s.name}
            fill={color}
            isAnimationActive={false}
            shape={(bar: BarShapeProps) => (
              <CompStack
                {...bar}
                parts={(bar.payload as CompYearRow).offers[s.id]}
                color={color}
                offerIndex={s.index}
                marker={markers}
              />
            )}
          />
        );
      })}
    </BarChart>
  );
  const years = data.rows.length;
  return (
    <ChartCard
      id="chart-total-comp"
      title="Total comp per year"
      caption={`Base, bonus, sign-on and equity each year of the ${years}-year horizon, one stacked bar per offer.`}
      imageLabel={`Stacked bar chart of total comp per year for ${data.series.length} offers over ${years} years. Open the table for the figures.`}
      height={320}
      legend={legend}
      chart={data.series.length > 0 ? chart : null}
      table={<TotalCompTable data={data} />}
      wide
    />
  );
});

/** An offer's figures for a year as the parts of its bar, base at the bottom. */
function compParts(parts: CompParts | undefined): StackPart<CompComponent>[] {
  return parts ? COMP_COMPONENTS.map((c) => ({ key: c.key, value: parts[c.key] })) : [];
}

/** One offer's bar for one year, split into its components: base solid, the rest patterned. */
function CompStack({
  x,
  y,
  width,
  height,
  parts,
  color,
  offerIndex,
  marker,
}: BarShapeProps & {
  parts: CompParts | undefined;
  color: string;
  offerIndex: number;
  marker: boolean;
}) {
  return (
    <g>
      {stackSegments(compParts(parts), height).map((segment) => (
        <rect
          key={segment.key}
          x={x}
          y={y + height - segment.offset - segment.size}
          width={width}
          height={segment.size}
          fill={componentFill(segment.key, offerIndex, color)}
          stroke={color}
          strokeWidth={1}
        />
      ))}
      {marker && height > 0 ? (
        <Marker
          index={offerIndex}
          size={Math.min(40, Math.max(14, width * width))}
          cx={x + width / 2}
          cy={y - 6}
        />
      ) : null}
    </g>
  );
}

function CompTooltip({ row, series }: { row: CompYearRow; series: OfferSeries[] }) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{row.label}</p>
      {series.map((s) => {
        const parts = row.offers[s.id];
        if (!parts) return null;
        return (
          <p key={s.id}>
            <SwatchIcon color={seriesStyle(s.index).color} /> <strong>{s.name}</strong>:{' '}
            {formatMoney(parts.totalComp, s.currency)}
            <br />
            <span className="muted">
              {COMP_COMPONENTS.map(
                (c) => `${c.label} ${formatMoney(parts[c.key], s.currency)}`,
              ).join(' · ')}
            </span>
          </p>
        );
      })}
    </div>
  );
}
