import { formatMoney, formatNumber } from '@/components/format';
import type { FinanceAssumptions } from '@/domain';
import { assumptionSource } from './assumptionSource';

/** A published source as it is; an edited figure as the user's own, the published source kept. */
function SourceText({ tax }: { tax: FinanceAssumptions['payrollTaxes'][number] }) {
  const s = assumptionSource(tax);
  if (!s.edited) return <>{s.label}</>;
  return (
    <>
      <strong>{s.label}</strong>
      <br />
      Based on: {s.originalSource}
    </>
  );
}

/** The assumptions as plain text for the printed summary (the editor is hidden in print). */
export function AssumptionsSummary({ finance }: { finance: FinanceAssumptions }) {
  const v = finance.optionValuation;
  return (
    <section className="finance-print-assumptions print-only" aria-hidden="true">
      <h2>Assumptions</h2>
      <table className="data">
        <thead>
          <tr>
            <th>Payroll tax</th>
            <th>Rate</th>
            <th>Wage cap</th>
            <th>Source</th>
          </tr>
        </thead>
        <tbody>
          {finance.payrollTaxes.map((t, i) => (
            <tr key={i}>
              <th>{t.name}</th>
              <td>{formatNumber(t.ratePct, 3)}%</td>
              <td>{t.wageCap === undefined ? 'No cap' : formatMoney(t.wageCap)}</td>
              <td className="finance-print-assumptions__source">
                <SourceText tax={t} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Option valuation (Black–Scholes at grant): volatility {formatNumber(v.volatilityPct, 2)}%,
        risk-free rate {formatNumber(v.riskFreePct, 2)}%, expected term{' '}
        {formatNumber(v.expectedTermYears, 2)} years, dividend yield{' '}
        {formatNumber(v.dividendPct, 2)}%.
      </p>
    </section>
  );
}
