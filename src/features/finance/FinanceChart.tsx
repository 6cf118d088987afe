import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '@/components/format';
import { COST_COMPONENTS, type CostChartDatum } from './costTable';
import { COST_COLORS } from './costColors';
import { NO_GRID_LINES, roundTicks } from '@/components/chartGrid';
import { useNoChartTabStops } from '@/components/chartFocus';

interface FinanceChartProps {
  data: CostChartDatum[];
  currency: string;
  offerName: string;
}

/** Stacked employer-cost components per year. The table above holds the same figures for screen readers. */
export default function FinanceChart({ data, currency, offerName }: FinanceChartProps) {
  // Round ticks from 0 past the tallest stack (negative parts, if any, stack below 0).
  const tallest = Math.max(
    0,
    ...data.map((d) => COST_COMPONENTS.reduce((sum, { key }) => sum + Math.max(0, d[key]), 0)),
  );
  const ticks = roundTicks(tallest);
  const boxRef = useNoChartTabStops<HTMLDivElement>();
  return (
    <div
      ref={boxRef}
      className="chart-box finance-chart"
      role="img"
      aria-label={`Chart of employer cost by year for ${offerName}; the table above lists the same figures.`}
    >
      {/* An HTML legend wraps on phones and keeps Recharts' Legend (~4 KB gzip) out of the bundle. */}
      <ul className="finance-chart__legend" aria-hidden="true">
        {COST_COMPONENTS.map(({ key, label }) => (
          <li key={key}>
            <span className="swatch" style={{ background: COST_COLORS[key] }} />
            {label}
          </li>
        ))}
      </ul>
      <ResponsiveContainer width="100%" height={280}>
        <BarChart
          data={data}
          margin={{ top: 14, right: 8, bottom: 0, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid
            strokeDasharray="3 3"
            vertical={false}
            verticalCoordinatesGenerator={NO_GRID_LINES}
            className="finance-chart__grid"
          />
          <XAxis dataKey="year" />
          <YAxis
            tickFormatter={(v: number) => formatMoney(v, currency, { compact: true })}
            ticks={ticks}
            domain={[0, ticks.at(-1) ?? 'auto']}
            interval={0}
            width={64}
          />
          <Tooltip
            formatter={(value) => formatMoney(Number(value), currency)}
            contentStyle={{
              background: 'var(--bg-raised)',
              border: '1px solid var(--border)',
              color: 'var(--fg)',
            }}
            cursor={{ fill: 'var(--bg-soft)' }}
          />
          {COST_COMPONENTS.map(({ key, label }) => (
            <Bar
              key={key}
              dataKey={key}
              name={label}
              stackId="cost"
              fill={COST_COLORS[key]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
