import type { StoredOffer } from '@/domain';
import { formatMoney } from '@/components/format';
import { clawbackSteps, type ClawbackStep } from './clawback';

const monthsText = (s: ClawbackStep) =>
  s.fromMonth === s.toMonth ? `month ${s.fromMonth}` : `months ${s.fromMonth}–${s.toMonth}`;

const windowText = (months: number) => (months === 1 ? '1-month' : `${months}-month`);

/**
 * Compare's "If you leave early" panel: for each offer with a sign-on clawback, what leaving
 * inside the window repays. A list, not a table, so it reads whole on a phone.
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
      <ul aria-labelledby="clawback-heading">
        {withWindow.map((offer) => {
          const steps = clawbackSteps(offer.cash);
          const money = (v: number) => formatMoney(v, offer.currency);
          const window = windowText(offer.cash.clawbackMonths);
          return (
            <li key={offer.id}>
              <strong>{offer.name}</strong>
              {steps.length === 0
                ? ` (${window} clawback): nothing to repay, there is no sign-on.`
                : ` (${window} clawback): ${steps
                    .map((s) => `leave in ${monthsText(s)} and you repay ${money(s.repay)}`)
                    .join('; ')}.`}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
