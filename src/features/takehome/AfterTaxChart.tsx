import { useMemo } from 'react';
import { formatMoney } from '@/components/format';
import { offerColor } from '@/components/offerColors';
import { useTaxBasis } from './basis';
import { afterTaxChartData } from './chartData';
import type { TakeHomeContext } from './context';
import { useTakeHome } from './useTakeHome';
import './chart.css';

/**
 * The After tax chart: per tax year, one bar per offer, take-home (solid) then tax (pale), on one
 * scale in the profile's currency; the table below it has every figure (text alternative).
 */
export default function AfterTaxChart({ workspace, summary, outlook }: TakeHomeContext) {
  const [basis] = useTaxBasis();
  const state = useTakeHome(workspace, outlook);
  const data = useMemo(
    () => (state.status === 'ready' ? afterTaxChartData(state.result, summary) : null),
    [state, summary],
  );
  if (basis !== 'after' || !data || summary.offers.length < 2) return null;
  const money = (v: number) => formatMoney(v, data.currency);
  const width = (v: number) => `${data.max > 0 ? (100 * Math.max(0, v)) / data.max : 0}%`;
  return (
    <section className="card takehome-chart" aria-labelledby="after-tax-chart-heading">
      <h2 id="after-tax-chart-heading">Take-home by tax year</h2>
      <p className="muted small">
        Each bar is one offer’s wages in the year: take-home (solid) and tax (pale), in{' '}
        {data.currency}.
      </p>
      <ul className="takehome-chart__legend small" aria-label="Offers">
        {summary.offers.map((s) => (
          <li key={s.offer.id}>
            <span
              className="swatch"
              style={{ background: offerColor(s.index) }}
              aria-hidden="true"
            />
            {s.offer.name}
          </li>
        ))}
      </ul>
      <div className="takehome-chart__years" aria-hidden="true">
        {data.years.map(({ year, bars }) => (
          <div key={year} className="takehome-chart__year">
            <div className="takehome-chart__label small">{year}</div>
            {bars.map((b) => (
              <div key={b.offerId} className="takehome-chart__row" title={b.name}>
                <span
                  className="takehome-chart__net"
                  style={{ width: width(b.net), background: offerColor(b.index) }}
                />
                <span
                  className="takehome-chart__tax"
                  style={{ width: width(b.tax), borderColor: offerColor(b.index) }}
                />
                <span className="takehome-chart__value small">{money(b.net)}</span>
              </div>
            ))}
          </div>
        ))}
      </div>
      <details>
        <summary>Show as table</summary>
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Take-home by tax year">
          <table className="data">
            <caption className="visually-hidden">Take-home and tax by tax year and offer</caption>
            <thead>
              <tr>
                <th scope="col">Tax year</th>
                <th scope="col">Offer</th>
                <th scope="col">Take-home</th>
                <th scope="col">Tax</th>
              </tr>
            </thead>
            <tbody>
              {data.years.flatMap(({ year, bars }) =>
                bars.map((b) => (
                  <tr key={`${year}-${b.offerId}`}>
                    <td>{year}</td>
                    <th scope="row">
                      <span
                        className="swatch"
                        style={{ background: offerColor(b.index) }}
                        aria-hidden="true"
                      />
                      {b.name}
                    </th>
                    <td>{money(b.net)}</td>
                    <td>{money(b.tax)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      </details>
      {data.missing.length > 0 ? (
        <p className="muted small">
          Not shown: {data.missing.map((m) => `${m.name} (${m.why})`).join('; ')}.
        </p>
      ) : null}
    </section>
  );
}
