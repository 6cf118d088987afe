import { useId, useMemo, useState } from 'react';
import { formatMoney, formatPoints } from '@/components/format';
import type { Workspace } from '@/domain';
import { buildPanelView } from './panelModel';
import { BASE_RAISE, RSU_ROOM, SIGN_ON_ROOM, panelWinInput, type PanelWin } from './panelWin';
import { usePanelWin } from './usePanelWin';
import { TableScroll } from './TableScroll';
import './panel.css';

/** The offers last chosen here, kept while the app is open so Compare reopens on them. */
const lastChoice = { offerId: '', rivalId: '' };

/**
 * On Compare, next to What it takes: the cheapest package for your offer that beats a rival under
 * the group view and every panel member's view, naming the views that bind and their $ per point.
 */
export function PanelWinSection({ workspace }: { workspace: Workspace }) {
  const id = useId();
  const panel = workspace.panels.find((p) => p.members.length >= 2);
  const view = useMemo(() => buildPanelView(panel, workspace), [panel, workspace]);
  const offers = workspace.offers;
  const groupPick = view.summary?.groupDecision?.pick ?? 0;
  const known = (offerId: string | undefined) => offers.some((o) => o.id === offerId);
  const [rivalId, setRival] = useState(() =>
    known(lastChoice.rivalId) ? lastChoice.rivalId : (offers[groupPick]?.id ?? ''),
  );
  const [offerId, setOffer] = useState(() =>
    known(lastChoice.offerId)
      ? lastChoice.offerId
      : (offers.find((o, i) => i !== groupPick && o.id !== workspace.baselineOfferId)?.id ?? ''),
  );
  const setRivalId = (id: string) => setRival((lastChoice.rivalId = id));
  const setOfferId = (id: string) => setOffer((lastChoice.offerId = id));
  const offer = offers.find((o) => o.id === offerId);
  const rival = offers.find((o) => o.id === rivalId);
  const ready = Boolean(view.summary && offer && rival && offer.id !== rival.id);
  const job = useMemo(
    () =>
      ready && view.summary && offer && rival
        ? panelWinInput(workspace, view.summary, view.base, offer, rival)
        : null,
    [ready, workspace, view, offer, rival],
  );
  const outcome = usePanelWin(job);
  if (!panel || !view.summary || offers.length < 2) return null;
  const money = (x: number) => formatMoney(x, view.base.currency);

  return (
    <section className="card panel-win" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Win under every panel member's view</h2>
      <p className="muted small">
        The cheapest change to your offer that beats the rival by a point under the group view and
        under each of the {view.summary.members.length} members' weights ({view.base.name}'s money
        settings). Levers: sign-on up to +{money(SIGN_ON_ROOM)}, base up to +
        {Math.round(BASE_RAISE * 100)}%, new RSUs up to {money(RSU_ROOM)} (public RSU offers).
      </p>
      <div className="panel-settings">
        <div className="field">
          <label htmlFor={`${id}-ours`}>Your offer</label>
          <select id={`${id}-ours`} value={offerId} onChange={(e) => setOfferId(e.target.value)}>
            {offers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-rival`}>Rival offer</label>
          <select id={`${id}-rival`} value={rivalId} onChange={(e) => setRivalId(e.target.value)}>
            {offers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {offer && rival && offer.id === rival.id ? (
        <p className="muted">Choose two different offers.</p>
      ) : null}
      {ready && 'status' in outcome ? (
        <p className="muted small" role="status">
          Computing the package…
        </p>
      ) : null}
      {ready && 'ok' in outcome && !outcome.ok ? (
        <p className="notice" role="status">
          No package computed: {outcome.message}
        </p>
      ) : null}
      {ready && 'ok' in outcome && outcome.ok ? (
        <PanelWinResult win={outcome.win} money={money} />
      ) : null}
    </section>
  );
}

/** What each lever is called on the offer form. */
const LEVER_LABELS: Record<string, string> = {
  base: 'Base salary',
  bonusTargetPct: 'Bonus target',
  signOn: 'Sign-on',
  rsuGrant: 'New RSU grant',
};

function PanelWinResult({ win, money }: { win: PanelWin; money: (x: number) => string }) {
  const r = win.result;
  const moved = r.changes.filter((c) => c.to !== c.from);
  const scenarios = r.scenarios ?? [];
  const binding = scenarios
    .map((s, i) => ({ ...s, label: win.names[i] ?? s.name }))
    .filter((s) => s.binding);
  return (
    <div role="status">
      <p className="panel-verdict">
        {r.feasible
          ? moved.length === 0
            ? 'Your offer already wins under every view.'
            : `Wins under every view for ${money(r.extraCost)} more employer cost.`
          : `Even at every lever's maximum your offer trails in some view by ${formatPoints(r.shortfall ?? 0)} points; the closest package costs ${money(r.extraCost)} more.`}
      </p>
      {moved.length > 0 ? (
        <ul className="small">
          {moved.map((c) => (
            <li key={c.lever}>
              {LEVER_LABELS[c.lever] ?? c.lever}:{' '}
              {c.lever === 'bonusTargetPct'
                ? `${c.from}% → ${c.to}%`
                : `${money(c.from)} → ${money(c.to)}`}{' '}
              <span className="muted">(+{money(c.cost)} cost)</span>
            </li>
          ))}
        </ul>
      ) : null}
      {binding.length > 0 ? (
        <p className="small">
          Binding:{' '}
          {binding.map((s) => `${s.label} at ${money(s.dollarsPerPoint)} per point`).join('; ')}.
        </p>
      ) : null}
      {scenarios.length > 0 ? (
        <TableScroll label="Each view's scores of the package">
          <table className="panel-table">
            <caption className="visually-hidden">
              Each view's score of the package and of the rival
            </caption>
            <thead>
              <tr>
                <th scope="col">View</th>
                <th scope="col">Package</th>
                <th scope="col">Rival</th>
                <th scope="col">Lead</th>
                <th scope="col">$ per point</th>
              </tr>
            </thead>
            <tbody>
              {scenarios.map((s, i) => (
                <tr key={i}>
                  <th scope="row">
                    {win.names[i] ?? s.name}
                    {s.binding ? ' (binds)' : ''}
                  </th>
                  <td className="num">{formatPoints(s.score)}</td>
                  <td className="num">{formatPoints(s.rivalScore)}</td>
                  <td className="num">{formatPoints(s.lead, true)}</td>
                  <td className="num">{s.binding ? money(s.dollarsPerPoint) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </div>
  );
}
