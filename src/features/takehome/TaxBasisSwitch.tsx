import { useEffect } from 'react';
import type { TakeHomeContext } from './context';
import { useTaxBasis, type TaxBasis } from './basis';
import { publishCashAfterTax } from './cashStore';
import { useTakeHome } from './useTakeHome';

const OPTIONS: { id: TaxBasis; label: string }[] = [
  { id: 'before', label: 'Before tax' },
  { id: 'after', label: 'After tax' },
];

/**
 * Before tax / After tax for the table and the charts, and which basis the scores use. When the
 * profile scores on take-home, this publishes each offer's after-tax cash for the summary.
 */
export default function TaxBasisSwitch({ workspace, summary, outlook }: TakeHomeContext) {
  const [basis, setBasis] = useTaxBasis();
  const state = useTakeHome(workspace, outlook);
  const scoreOnTakeHome = summary.profile.scoreOnTakeHome;
  useEffect(() => {
    if (!scoreOnTakeHome || state.status !== 'ready') return publishCashAfterTax(null);
    const cash: Record<string, number> = {};
    for (const o of state.result.offers) if (o.status === 'ok') cash[o.offerId] = o.cashAfterTax;
    publishCashAfterTax(cash);
  }, [scoreOnTakeHome, state]);
  useEffect(() => () => publishCashAfterTax(null), []);

  return (
    <fieldset className="cmp-outlook takehome-basis">
      <legend>Pay shown</legend>
      <div className="cmp-outlook__options">
        {OPTIONS.map((o) => (
          <label key={o.id} className="cmp-outlook__option">
            <input
              type="radio"
              name="tax-basis"
              value={o.id}
              checked={o.id === basis}
              onChange={() => setBasis(o.id)}
            />
            {o.label}
          </label>
        ))}
      </div>
      <p className="muted small cmp-outlook__hint" data-testid="score-basis">
        {scoreOnTakeHome
          ? state.status === 'ready'
            ? 'Scores use cash after tax (Score on take-home is on in Priorities).'
            : 'Scores will use cash after tax once take-home is computed…'
          : 'Scores use cash before tax (Priorities → Score on take-home).'}
      </p>
    </fieldset>
  );
}
