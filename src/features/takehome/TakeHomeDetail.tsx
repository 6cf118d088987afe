import { useEffect, useState } from 'react';
import { formatMoney } from '@/components/format';
import type { Rule } from '@/domain/tax';
import { RULE_STATUS_LABELS } from './labels';
import type { OfferTakeHome, WorkspaceTakeHome } from './model';
import { loadTakeHomeModel } from './useTakeHome';

type Ok = Extract<OfferTakeHome, { status: 'ok' }>;

const pct = (v: number) => `${(Math.round(v * 10) / 10).toFixed(1)}%`;

/** One offer's tax year: the lines with formulas, the warnings and the rules used. */
export function TakeHomeDetail({
  result,
  offer,
  year,
}: {
  result: WorkspaceTakeHome;
  offer: Ok;
  year: number;
}) {
  const y = offer.years.find((r) => r.year === year);
  const [used, setUsed] = useState<Rule[]>([]);
  useEffect(() => {
    let live = true;
    void loadTakeHomeModel().then((m) => {
      if (!live) return;
      const filing =
        result.filing.status === 'mfj' && offer.taxCurrency === 'USD' ? 'mfj' : 'single';
      setUsed(m.taxRulesUsed(year, offer.jurisdiction, filing, result.rules));
    });
    return () => {
      live = false;
    };
  }, [result, offer, year]);
  if (!y) return null;
  const cur = y.currency;
  const money = (v: number) => formatMoney(v, cur, { cents: true });
  return (
    <>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Tax lines">
        <table className="data takehome-lines">
          <caption className="visually-hidden">
            Tax lines for {year}, in {cur}
          </caption>
          <thead>
            <tr>
              <th scope="col">Tax</th>
              <th scope="col">Amount ({cur})</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">
                Wages taxed
                {y.rulesYear !== year ? (
                  <span className="takehome-formula">
                    {year} uses the {y.rulesYear} rules (not indexed)
                  </span>
                ) : null}
              </th>
              <td>{money(y.gross)}</td>
            </tr>
            {y.lines.map((line) => (
              <tr key={line.id}>
                <th scope="row">
                  {line.label}
                  <span className="takehome-formula">{line.formula}</span>
                </th>
                <td>{money(line.amount)}</td>
              </tr>
            ))}
            <tr className="total">
              <th scope="row">
                Total tax
                <span className="takehome-formula">
                  effective rate {pct(y.effectiveRatePct)} · marginal rate {pct(y.marginalRatePct)}
                </span>
              </th>
              <td>{money(y.totalTax)}</td>
            </tr>
            <tr className="total">
              <th scope="row">
                Take-home
                <span className="takehome-formula">
                  {money(y.gross)} − {money(y.totalTax)}
                  {offer.rate !== 1
                    ? ` (≈ ${formatMoney(y.net * offer.rate, offer.currency)} at ${offer.rate} ${offer.currency} per ${cur})`
                    : ''}
                </span>
              </th>
              <td>{money(y.net)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      {y.warnings.length > 0 ? (
        <>
          <h3 className="small">What to know</h3>
          <ul className="takehome-warnings small" data-testid="takehome-warnings">
            {y.warnings.map((w) => (
              <li key={w.code} data-code={w.code}>
                {w.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {result.ruleProblems.length > 0 ? (
        <p className="field__error small">{result.ruleProblems.join(' ')}</p>
      ) : null}
      <details>
        <summary>Rules used ({used.length})</summary>
        <ul className="small">
          {used.map((r) => (
            <li key={r.id}>
              <strong>{r.label}</strong> ({r.taxYear}, {RULE_STATUS_LABELS[r.status]}):{' '}
              {r.source.title}, {r.source.publisher} —{' '}
              <span className="takehome-formula">{r.source.url}</span>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
