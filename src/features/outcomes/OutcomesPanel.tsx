import { useMemo, useState } from 'react';
import { formatMoney, formatPercent } from '@/components/format';
import { offerColor } from '@/components/offerColors';
import { DEFAULT_DRAWS, type Workspace, type WorkspaceSummary } from '@/domain';
import { useOutcomes } from './useOutcomes';
import './outcomes.css';

/**
 * Compare's "Range of outcomes" (issue 12): per offer, the typical outcome (P50) and the 1-in-10
 * bounds of the total over the horizon, the mean second, the chance of being best; every
 * assumption listed. Runs in a Web Worker, chunk by chunk.
 */
export function OutcomesPanel({
  workspace,
  summary,
}: {
  workspace: Workspace;
  summary: WorkspaceSummary;
}) {
  const [seed, setSeed] = useState(42);
  const offers = useMemo(
    () => summary.offers.filter((s) => !s.error).map((s) => s.offer),
    [summary.offers],
  );
  const model = useMemo(
    () => ({
      horizonYears: summary.horizonYears,
      currency: summary.profile.currency,
      fxRates: summary.fxRates,
    }),
    [summary.horizonYears, summary.profile.currency, summary.fxRates],
  );
  const state = useOutcomes(offers, model, seed, DEFAULT_DRAWS);
  if (offers.length === 0) return null;
  const r = state.result;
  const money = (v: number) => formatMoney(v, summary.profile.currency, { compact: true });
  return (
    <section className="card outcomes" aria-labelledby="outcomes-heading" aria-busy={state.running}>
      <h2 id="outcomes-heading">Range of outcomes</h2>
      <p className="muted small">
        Total value over {summary.horizonYears} years in simulated futures: in 1 outcome in 10 you
        get less than the low figure, in 1 in 10 more than the high one.
      </p>
      <p className="small" role="status">
        {state.error ? `Could not simulate: ${state.error}` : state.running ? 'Simulating…' : ''}
      </p>
      {r && (
        <div className="table-wrap" tabIndex={0} role="group" aria-label="Range of outcomes table">
          <table className="data exit-table">
            <caption className="visually-hidden">Range of outcomes by offer</caption>
            <thead>
              <tr>
                <th scope="col">Offer</th>
                <th scope="col">1 in 10 below</th>
                <th scope="col">Typical (P50)</th>
                <th scope="col">1 in 10 above</th>
                <th scope="col">Mean</th>
                <th scope="col">Chance of being best</th>
              </tr>
            </thead>
            <tbody>
              {r.offers.map((o, i) => {
                const y = o.byYear.at(-1)!;
                return (
                  <tr key={`${o.name}-${i}`}>
                    <th scope="row">
                      <span
                        className="swatch-dot"
                        style={{
                          background: offerColor(
                            workspace.offers.findIndex((x) => x.name === o.name),
                          ),
                        }}
                      />
                      {o.name}
                    </th>
                    <td>{money(y.p10)}</td>
                    <td>{money(y.p50)}</td>
                    <td>{money(y.p90)}</td>
                    <td>{money(y.mean)}</td>
                    <td>{formatPercent(o.probBest * 100)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {r && (
        <p className="muted small">
          {r.draws.toLocaleString('en-US')} simulated futures, seed {r.seed}
          {state.preliminary
            ? ' (preliminary)'
            : r.stable
              ? '; typical outcomes stable to ±1%'
              : '; not yet stable to ±1%'}
          .{' '}
          <button type="button" onClick={() => setSeed((s) => (s * 1_103_515_245 + 12_345) >>> 0)}>
            Run again with a new seed
          </button>
        </p>
      )}
      {r && (
        <details>
          <summary>Assumptions the simulation used</summary>
          <ul className="small">
            {r.assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
