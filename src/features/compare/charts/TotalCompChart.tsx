import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '@/components/format';
import {
  COMP_COMPONENTS,
  type CompYearRow,
  type OfferSeries,
  type TotalCompByYear,
} from './chartData';
import { AXIS_LINE, AXIS_TICK, TOOLTIP_WRAPPER, moneyTick } from './chartFormat';
import { ChartCard } from './ChartCard';
import { ChartLegend, SwatchIcon } from './ChartLegend';
import { COMPONENT_OPACITY, seriesStyle } from './seriesStyle';

interface Props {
  data: TotalCompByYear;
  /** The currency all offers share, or null when they mix. */
  currency: string | null;
}

/** Chart 1: each year, one bar per offer, stacked base → bonus → sign-on → equity. */
export function TotalCompChart({ data, currency }: Props) {
  const legend = (
    <>
      <ChartLegend
        label="Offers"
        items={data.series.map((s) => ({
          key: s.id,
          label: s.name,
          icon: <SwatchIcon color={seriesStyle(s.index).color} />,
        }))}
      />
      <ChartLegend
        label="Components, bottom to top"
        items={COMP_COMPONENTS.map((c) => ({
          key: c.key,
          label: c.label,
          icon: <SwatchIcon color="var(--fg-muted)" opacity={COMPONENT_OPACITY[c.key]} />,
        }))}
      />
    </>
  );
  const chart = (
    <BarChart
      data={data.rows}
      margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
      barCategoryGap="16%"
      barGap={2}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={false} />
      <YAxis
        tickFormatter={moneyTick(currency)}
        tick={AXIS_TICK}
        axisLine={false}
        tickLine={false}
        width={60}
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
      {data.series.flatMap((s) => {
        const { color } = seriesStyle(s.index);
        return COMP_COMPONENTS.map((c) => (
          <Bar
            key={`${s.id}-${c.key}`}
            stackId={s.id}
            dataKey={(row: CompYearRow) => row.offers[s.id]?.[c.key] ?? 0}
            name={`${s.name}: ${c.label}`}
            fill={color}
            fillOpacity={COMPONENT_OPACITY[c.key]}
            stroke={color}
            strokeWidth={1}
            isAnimationActive={false}
          />
        ));
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

/** Text alternative: per offer, each component by year, then the year's total comp. */
function TotalCompTable({ data }: { data: TotalCompByYear }) {
  return (
    <table className="data">
      <caption className="visually-hidden">
        Total comp per year by component, in each offer's currency
      </caption>
      <thead>
        <tr>
          <th scope="col">Offer and component</th>
          {data.rows.map((r) => (
            <th key={r.year} scope="col">
              {r.label}
            </th>
          ))}
        </tr>
      </thead>
      {data.series.map((s) => (
        <tbody key={s.id}>
          <tr>
            <th scope="rowgroup" colSpan={data.rows.length + 1} className="chart-table__group">
              <SwatchIcon color={seriesStyle(s.index).color} /> {s.name}
            </th>
          </tr>
          {COMP_COMPONENTS.map((c) => (
            <tr key={c.key}>
              <th scope="row">
                <span className="visually-hidden">{s.name}:</span> {c.label}
              </th>
              {data.rows.map((r) => (
                <td key={r.year}>{cell(r.offers[s.id]?.[c.key], s.currency)}</td>
              ))}
            </tr>
          ))}
          <tr className="total">
            <th scope="row">
              <span className="visually-hidden">{s.name}:</span> Total comp
            </th>
            {data.rows.map((r) => (
              <td key={r.year}>{cell(r.offers[s.id]?.totalComp, s.currency)}</td>
            ))}
          </tr>
        </tbody>
      ))}
    </table>
  );
}

function cell(value: number | undefined, currency: string): string {
  return value === undefined ? '—' : formatMoney(value, currency);
}
