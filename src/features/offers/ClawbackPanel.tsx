import type { StoredOffer } from '@/domain';
import { formatMoney } from '@/components/format';
import { clawbackSteps, type ClawbackStep } from './clawback';

const monthsText = (s: ClawbackStep) =>
  s.fromMonth === s.toMonth ? `month ${s.fromMonth}` : `months ${s.fromMonth}–${s.toMonth}`;

/**
 * Compare's "If you leave early" panel: for each offer with a sign-on clawback, what leaving
 * before the window ends repays. Shown only when some offer has a clawback window.
 */
export function ClawbackPanel({ offers }: { offers: readonly StoredOffer[] }) {
  const withWindow = offers.filter((o) => o.cash.clawbackMonths > 0);
  if (withWindow.length === 0) return null;
  return (
    <section className="card" aria-labelledby="clawback-heading">
      <h2 id="clawback-heading">If you leave early</h2>
      <p className="muted small">
        A sign-on with a clawback is repaid in full if you leave within the window (assumed: no
        proration). Leaving after it costs nothing back.
      </p>
      <div className="table-wrap">
        <table className="data" aria-labelledby="clawback-heading">
          <thead>
            <tr>
              <th scope="col">Offer</th>
              <th scope="col">Clawback window</th>
              <th scope="col">What you repay</th>
            </tr>
          </thead>
          <tbody>
            {withWindow.map((offer) => {
              const steps = clawbackSteps(offer.cash);
              const money = (v: number) => formatMoney(v, offer.currency);
              return (
                <tr key={offer.id}>
                  <th scope="row">{offer.name}</th>
                  <td className="num">
                    {offer.cash.clawbackMonths === 1
                      ? '1 month'
                      : `${offer.cash.clawbackMonths} months`}
                  </td>
                  <td>
                    {steps.length === 0
                      ? 'Nothing: no sign-on to repay'
                      : steps
                          .map((s) => `${money(s.repay)} if you leave in ${monthsText(s)}`)
                          .join('; ')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
