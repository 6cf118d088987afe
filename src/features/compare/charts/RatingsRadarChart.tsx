import { memo } from 'react';
import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  Tooltip,
  type BaseTickContentProps,
} from 'recharts';
import { DEFAULT_RATING } from '@/domain';
import { formatNumber } from '@/components/format';
import type { OfferSeries, RadarRow, RatingsRadar } from './chartData';
import { AXIS_TICK, CHAR_PX, TOOLTIP_WRAPPER, wrapWords } from './chartFormat';
import { ChartCard, type ChartSize } from './ChartCard';
import { ChartLegend, LineIcon, SwatchIcon } from './ChartLegend';
import { markerDot, seriesStyle } from './seriesStyle';
import { SeriesHead } from './SeriesHead';

/** A radar needs at least three spokes to enclose an area. */
const MIN_SPOKES = 3;
/** Below this drawing width (a phone), the radar shrinks so its labels fit beside it. */
const NARROW_PX = 460;

/** Chart 3: the 0–10 ratings of each rated dimension, one polygon per offer. */
// Memoized: laying a Recharts chart out again costs as much as the first time, so it is redrawn
// only when its data changes.
export const RatingsRadarChart = memo(function RatingsRadarChart({ data }: { data: RatingsRadar }) {
  const drawable = data.series.length > 0 && data.rows.length >= MIN_SPOKES;
  const anyUnrated = data.rows.some((r) => r.unrated.length > 0);
  const chart = ({ width, height }: ChartSize) => {
    const narrow = width < NARROW_PX;
    return (
      <RadarChart
        width={width}
        height={height}
        data={data.rows}
        outerRadius={narrow ? '56%' : '66%'}
        margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <PolarGrid stroke="var(--border)" />
        <PolarAngleAxis
          dataKey="label"
          tick={(props: BaseTickContentProps) => (
            <SpokeLabel {...props} maxWidth={narrow ? 70 : 130} />
          )}
        />
        {/* Rings every 2 points; numbers on them would sit on the polygons (the caption gives the scale). */}
        <PolarRadiusAxis domain={[0, 10]} tickCount={6} tick={false} axisLine={false} />
        <Tooltip
          wrapperStyle={TOOLTIP_WRAPPER}
          isAnimationActive={false}
          content={({ active, payload }) =>
            active && payload[0] ? (
              <RadarTooltip row={payload[0].payload as RadarRow} series={data.series} />
            ) : null
          }
        />
        {data.series.map((s) => {
          const style = seriesStyle(s.index);
          return (
            <Radar
              key={s.id}
              dataKey={(row: RadarRow) => row.values[s.id] ?? DEFAULT_RATING}
              name={s.name}
              stroke={style.color}
              strokeWidth={2}
              strokeDasharray={style.dash}
              fill={style.color}
              fillOpacity={0.1}
              dot={markerDot(style, 4)}
              isAnimationActive={false}
            />
          );
        })}
      </RadarChart>
    );
  };
  return (
    <ChartCard
      id="chart-ratings"
      title="Ratings"
      caption={
        drawable
          ? `Each offer's 0–10 rating on the ${data.rows.length} rated dimensions: center 0, outer ring 10, rings every 2.`
          : `A radar needs at least ${MIN_SPOKES} rated dimensions; the table lists the ratings.`
      }
      imageLabel={`Radar chart of ratings on ${data.rows.length} dimensions for ${data.series.length} offers. Open the table for the figures.`}
      height={320}
      legend={
        <ChartLegend
          label="Offers"
          items={data.series.map((s) => ({
            key: s.id,
            label: s.name,
            icon: <LineIcon index={s.index} />,
          }))}
        />
      }
      chart={drawable ? chart : null}
      table={<RadarTable data={data} anyUnrated={anyUnrated} />}
    />
  );
});

/** A spoke's label, wrapped onto two lines when space is short ("Roadmap / influence"). */
function SpokeLabel({
  x,
  y,
  textAnchor,
  payload,
  maxWidth,
}: BaseTickContentProps & { maxWidth: number }) {
  // Wrapped from an estimate of the text's width (see wrapWords): measuring each word in the
  // DOM forced a layout per word while the radar was drawn.
  const lines = wrapWords(String(payload.value), Math.max(4, Math.floor(maxWidth / CHAR_PX)));
  // payload.coordinate is the spoke's angle (90° = top): grow labels away from the radar.
  const up = Math.sin((Number(payload.coordinate) * Math.PI) / 180);
  // The first line's offset in em: 0.71em is the cap height, 1em the line height.
  const firstDy =
    up > 0.3 ? -(lines.length - 1) : up < -0.3 ? 0.71 : 0.355 - (lines.length - 1) / 2;
  return (
    <text x={x} y={y} textAnchor={textAnchor} fill={AXIS_TICK.fill} fontSize={AXIS_TICK.fontSize}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? `${firstDy}em` : '1em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function RadarTooltip({ row, series }: { row: RadarRow; series: OfferSeries[] }) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{row.label}</p>
      {series.map((s) => (
        <p key={s.id}>
          <SwatchIcon color={seriesStyle(s.index).color} /> {s.name}:{' '}
          <strong>{formatNumber(row.values[s.id] ?? DEFAULT_RATING, 1)}</strong>
          {row.unrated.includes(s.id) ? ' (not rated)' : ''}
        </p>
      ))}
    </div>
  );
}

function RadarTable({ data, anyUnrated }: { data: RatingsRadar; anyUnrated: boolean }) {
  return (
    <>
      <table className="data">
        <caption className="visually-hidden">Ratings from 0 to 10 by dimension</caption>
        <SeriesHead first="Dimension" series={data.series} />
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.dimension}>
              <th scope="row">{r.label}</th>
              {data.series.map((s) => (
                <td key={s.id}>
                  {formatNumber(r.values[s.id] ?? DEFAULT_RATING, 1)}
                  {r.unrated.includes(s.id) ? ' (not rated)' : ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {anyUnrated && (
        <p className="muted small">A dimension that is not rated counts as {DEFAULT_RATING}.</p>
      )}
    </>
  );
}
