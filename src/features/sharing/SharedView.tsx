import { useEffect, useState } from 'react';
import { formatMoney, formatPoints } from '@/components/format';
import { offerColor } from '@/components/offerColors';
import { showNotice } from '@/state/notices';
import { mergeIn } from '@/state/mergeIn';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { OutsideDataBoundary } from './OutsideDataBoundary';
import { decodeShareLink, type DecodedShare, type SharePayload } from './shareCodec';
import { summarizeShare } from './sharedSummary';

type Loaded =
  { status: 'loading' } | { status: 'error'; message: string } | ({ status: 'ok' } & DecodedShare);

/** A share link opened: the shared offers, read-only, scored under the shared profile. */
export function SharedView({ encoded, onAdded }: { encoded: string; onAdded: () => void }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setLoaded({ status: 'loading' });
    decodeShareLink(encoded).then(
      (decoded) => live && setLoaded({ status: 'ok', ...decoded }),
      (error: Error) => live && setLoaded({ status: 'error', message: error.message }),
    );
    return () => {
      live = false;
    };
  }, [encoded]);

  return (
    <section aria-labelledby="shared-title">
      <div className="view-header">
        <h1 id="shared-title">Shared offers</h1>
        <a href="#/compare">Back to my workspace</a>
      </div>
      {loaded.status === 'loading' && <p role="status">Opening the link…</p>}
      {loaded.status === 'error' && (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>This share link cannot be opened.</strong> {loaded.message}
          </p>
          <p>Your own workspace is unchanged.</p>
        </div>
      )}
      {loaded.status === 'ok' && (
        // Outside data: if anything in it still breaks a render, say so instead of a blank page.
        <OutsideDataBoundary what="This share link">
          {!loaded.checked && (
            <p className="notice" role="note">
              This link was made by an older version of OfferScope and carries no integrity check:
              if it was changed on the way, nothing here could tell. Ask for a new link if a figure
              looks wrong.
            </p>
          )}
          <SharedOffers payload={loaded.payload} onAdded={onAdded} />
        </OutsideDataBoundary>
      )}
    </section>
  );
}

function SharedOffers({ payload, onAdded }: { payload: SharePayload; onAdded: () => void }) {
  const undo = useWorkspaceStore((s) => s.undo);
  const [problem, setProblem] = useState<string | null>(null);
  const summary = summarizeShare(payload);
  const { profile } = payload;

  const add = () => {
    const result = mergeIn({
      offers: payload.offers,
      profiles: [profile],
      dimensions: payload.dimensions,
      fxRates: payload.fxRates,
      ...(payload.panel ? { panels: [payload.panel] } : {}),
    });
    if (!result.ok)
      return setProblem(result.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    const n = payload.offers.length;
    showNotice({
      message: `Added ${n} shared ${n === 1 ? 'offer' : 'offers'} and the priorities "${profile.name}"${payload.panel ? ', with the hiring panel' : ''}.`,
      action: { label: 'Undo', run: undo },
    });
    onAdded();
  };

  return (
    <>
      <p className="notice" role="note">
        Read-only: these offers came in a link and are not saved. Adding them copies them into your
        workspace next to your own offers; nothing of yours is replaced.
      </p>
      <div className="card">
        <h2>
          Scored for “{profile.name}” over {summary.horizonYears}{' '}
          {summary.horizonYears === 1 ? 'year' : 'years'}
        </h2>
        <div
          className="table-wrap"
          tabIndex={0}
          role="region"
          aria-label="Shared offers (scrolls sideways)"
        >
          <table className="data shared-table">
            <caption className="visually-hidden">
              Shared offers, scored under the shared priorities
            </caption>
            <thead>
              <tr>
                <th scope="col">Rank</th>
                <th scope="col">Offer</th>
                <th scope="col">Score (0–100)</th>
                <th scope="col">Must-haves</th>
                <th scope="col">Year-1 base</th>
                <th scope="col">Total comp over {summary.horizonYears} years</th>
              </tr>
            </thead>
            <tbody>
              {summary.ranking.map((row, rank) => (
                <tr key={row.offer.id}>
                  <td className="num">{row.evaluation ? rank + 1 : '—'}</td>
                  <th scope="row">
                    <span
                      className="swatch"
                      style={{ background: offerColor(row.index) }}
                      aria-hidden="true"
                    />
                    {row.offer.name}
                    {row.offer.company && (
                      <span className="muted small"> · {row.offer.company}</span>
                    )}
                  </th>
                  <td>
                    {row.evaluation ? (
                      formatPoints(row.evaluation.score)
                    ) : (
                      <span title={row.error ?? ''}>—</span>
                    )}
                  </td>
                  <td>
                    {row.evaluation
                      ? row.evaluation.eligible
                        ? 'Met'
                        : `Missed: ${row.evaluation.failed.join(', ')}`
                      : '—'}
                  </td>
                  <td>{formatMoney(row.offer.cash.base, row.offer.currency)}</td>
                  <td>
                    {row.error ? '—' : formatMoney(row.horizon.totalComp, row.offer.currency)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted small">
          Ranked as Compare ranks: offers that meet every must-have first, each group by score.
        </p>
        {summary.offers.some((r) => r.error) && (
          <p className="muted small">— : {summary.offers.find((r) => r.error)?.error}</p>
        )}
      </div>
      {problem && (
        <p className="notice notice--error" role="alert">
          Could not add them: {problem}
        </p>
      )}
      <button type="button" className="btn btn--primary" onClick={add}>
        Add to my workspace
      </button>
    </>
  );
}
