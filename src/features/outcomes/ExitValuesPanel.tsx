import { useMemo } from 'react';
import { formatMoney } from '@/components/format';
import { offerColor } from '@/components/offerColors';
import type { Workspace } from '@/domain';
import { ExitValueChart } from './ExitValueChart';
import { ExitValueTable } from './ExitValueTable';
import { exitValueOffers, exitValueView, type ExitValueView } from './exitValueData';
import './outcomes.css';

/**
 * Compare's "Exit values" panel (issue 12): for each private offer, what the grant nets at exit
 * values from 0 to 3× today's valuation, through the cap table's waterfall (breakpoints marked),
 * with DESIGN.md's simple formula beside it; a table at chosen exit values.
 */
export function ExitValuesPanel({ workspace }: { workspace: Workspace }) {
  const views = useMemo(() => {
    const out: { view: ExitValueView; color: string }[] = [];
    for (const offer of exitValueOffers(workspace.offers)) {
      try {
        out.push({
          view: exitValueView(offer),
          color: offerColor(workspace.offers.indexOf(offer)),
        });
      } catch {
        // an offer the engine cannot price (e.g. a missing rate) is left out, never shown wrong
      }
    }
    return out;
  }, [workspace.offers]);
  if (views.length === 0) return null;
  return (
    <section className="card exit-values" aria-labelledby="exit-values-heading">
      <h2 id="exit-values-heading">Exit values</h2>
      <p className="muted small">
        What each private grant is worth if the company is sold for a given price. Preferred
        shareholders are paid first, so below some exit values your shares get nothing.
      </p>
      {views.map(({ view, color }) => (
        <ExitValueOffer key={view.offerId || view.name} view={view} color={color} />
      ))}
    </section>
  );
}

function ExitValueOffer({ view, color }: { view: ExitValueView; color: string }) {
  const money = (v: number) => formatMoney(v, view.currency, { compact: true });
  return (
    <div className="exit-offer">
      <h3>{view.name}</h3>
      <p className="small">{preview(view, money)}</p>
      <div className="exit-legend small" aria-hidden="true">
        <span>
          <span className="swatch" style={{ borderTopColor: color }} />
          {view.hasCapTable ? 'Through the cap table' : 'Simple formula (no cap table)'}
        </span>
        {view.formulaLine && (
          <span>
            <span className="swatch dashed" />
            Simple formula, ignoring preferences
          </span>
        )}
        {view.breakpoints.length > 0 && <span>○ breakpoints</span>}
      </div>
      <ExitValueChart view={view} color={color} />
      <ExitValueTable view={view} />
    </div>
  );
}

function preview(view: ExitValueView, money: (v: number) => string): string {
  const below =
    view.zeroBelow > 0 ? ` Below a ${money(view.zeroBelow)} exit, your shares get nothing.` : '';
  if (!view.hasCapTable)
    return `No cap table given: value = exit value × (1 − dilution) ÷ fully diluted shares.${below}`;
  return `Preferences ahead of you: ${money(view.preferences)}.${below}`;
}
