import { useId, useState } from 'react';
import { formatMoney } from '@/components/format';
import type { TakeHomeContext } from './context';
import { LOCATION_LABELS } from './labels';
import { TakeHomeDetail } from './TakeHomeDetail';
import { useTakeHome } from './useTakeHome';
import './panel.css';

/**
 * Take-home per offer: pick an offer and a tax year; each tax line with its formula, the warnings
 * in plain words and the rules used with their sources.
 */
export default function TakeHomePanel({ workspace, summary, outlook }: TakeHomeContext) {
  const state = useTakeHome(workspace, outlook);
  const [offerId, setOfferId] = useState<string | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const ids = useId();
  const offers = summary.offers;
  const chosen = offers.find((s) => s.offer.id === offerId) ?? offers[0];
  if (!chosen) return null;
  const result = state.status === 'ready' ? state.result : null;
  const th = result?.offers.find((o) => o.offerId === chosen.offer.id) ?? null;
  const years = th?.status === 'ok' ? th.years.map((y) => y.year) : [];
  const shownYear = year !== null && years.includes(year) ? year : (years[0] ?? null);
  return (
    <section className="card takehome-panel" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Take-home</h2>
      <div className="takehome-panel__pick">
        <label>
          Offer{' '}
          <select value={chosen.offer.id} onChange={(e) => setOfferId(e.target.value)}>
            {offers.map((s) => (
              <option key={s.offer.id} value={s.offer.id}>
                {s.offer.name}
              </option>
            ))}
          </select>
        </label>
        {years.length > 0 ? (
          <label>
            Tax year{' '}
            <select value={shownYear ?? ''} onChange={(e) => setYear(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <p className="muted small">
        Taxed in {LOCATION_LABELS[chosen.offer.location]} ·{' '}
        {result?.filing.status === 'mfj'
          ? `married filing jointly, spouse’s wages ${formatMoney(result.filing.spouseWages, 'USD')}`
          : 'single'}{' '}
        (set in Offers and Priorities).
      </p>
      {state.status === 'loading' ? (
        <p className="muted" role="status">
          Computing take-home…
        </p>
      ) : state.status === 'failed' ? (
        <p className="field__error">{state.message}</p>
      ) : th?.status === 'none' ? (
        <p className="muted">
          This offer has no tax location, so take-home is not modeled. Choose where it is taxed in
          Offers → {chosen.offer.name} → Taxed in.
        </p>
      ) : th?.status === 'error' ? (
        <p className="field__error">{th.message}</p>
      ) : th?.status === 'ok' && shownYear !== null && result ? (
        <TakeHomeDetail result={result} offer={th} year={shownYear} />
      ) : null}
    </section>
  );
}
