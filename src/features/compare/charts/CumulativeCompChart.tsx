import { memo } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '@/components/format';
import type { CumulativeRow, CumulativeTotalComp, OfferSeries } from './chartData';
import { TOOLTIP_WRAPPER, Y_AXIS_PX } from './chartFormat';
import { MONEY_GRID_PROPS, moneyAxisProps, yearAxisProps } from './axisProps';
import { ChartCard, type ChartSize } from './ChartCard';
import { ChartLegend, LineIcon, SwatchIcon } from './ChartLegend';
import { markerDot, seriesStyle } from './seriesStyle';
import { SeriesHead } from './SeriesHead';

interface Props {
  data: CumulativeTotalComp;
  currency: string | null;
}

/** Chart 2: running total comp per offer; color, dash and marker tell offers apart. */
// Memoized: laying a Recharts chart out again costs as much as the first time, so it is redrawn
// only when its data changes.
export const CumulativeCompChart = memo(function CumulativeCompChart({ data, currency }: Props) {
  const years = data.rows.length;
  const chart = ({ width, height }: ChartSize) => (
    <LineChart
      width={width}
      height={height}
      data={data.rows}
      margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid {...MONEY_GRID_PROPS} />
      <XAxis
        {...yearAxisProps(
          data.rows.map((r) => r.label),
          width - Y_AXIS_PX - 40,
        )}
        padding={{ left: 12, right: 12 }}
      />
      <YAxis
        {...moneyAxisProps(
          currency,
          Math.max(0, ...data.rows.flatMap((r) => Object.values(r.values).map((v) => v ?? 0))),
        )}
      />
      <Tooltip
        cursor={{ stroke: 'var(--fg-muted)', strokeDasharray: '3 3' }}
        wrapperStyle={TOOLTIP_WRAPPER}
        isAnimationActive={false}
        content={({ active, payload }) =>
          active && payload[0] ? (
            <CumulativeTooltip row={payload[0].payload as CumulativeRow} series={data.series} />
          ) : null
        }
      />
      {data.series.map((s) => {
        const style = seriesStyle(s.index);
        return (
          <Line
            key={s.id}
            type="linear"
            dataKey={(row: CumulativeRow) => row.values[s.id]}
            name={s.name}
            stroke={style.color}
            strokeWidth={2.5}
            strokeDasharray={style.dash}
            dot={markerDot(style, 5)}
            activeDot={markerDot(style, 7)}
            isAnimationActive={false}
          />
        );
      })}
    </LineChart>
  );
  return (
    <ChartCard
      id="chart-cumulative"
      title="Cumulative total comp"
      caption={`Total comp earned so far, year by year over the ${years}-year horizon.`}
      imageLabel={`Line chart of cumulative total comp for ${data.series.length} offers over ${years} years. Open the table for the figures.`}
      height={280}
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
      chart={data.series.length > 0 ? chart : null}
      table={<CumulativeTable data={data} />}
    />
  );
});

function CumulativeTooltip({ row, series }: { row: CumulativeRow; series: OfferSeries[] }) {
  const ordered = series
    .filter((s) => row.values[s.id] !== undefined)
    .sort((a, b) => (row.values[b.id] ?? 0) - (row.values[a.id] ?? 0));
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">Through {row.label.toLowerCase()}</p>
      {ordered.map((s) => (
        <p key={s.id}>
          <SwatchIcon color={seriesStyle(s.index).color} /> {s.name}:{' '}
          <strong>{formatMoney(row.values[s.id] ?? 0, s.currency)}</strong>
        </p>
      ))}
    </div>
  );
}

function CumulativeTable({ data }: { data: CumulativeTotalComp }) {
  return (
    <table className="data">
      <caption className="visually-hidden">
        Cumulative total comp by year, in each offer's currency
      </caption>
      <SeriesHead first="Through" series={data.series} />
      <tbody>
        {data.rows.map((r) => (
          <tr key={r.year}>
            <th scope="row">{r.label}</th>
            {data.series.map((s) => {
              const value = r.values[s.id];
              return (
                <td key={s.id}>{value === undefined ? '—' : formatMoney(value, s.currency)}</td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
