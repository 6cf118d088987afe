import { useId } from 'react';
import { currencyChoices } from '@/components/currencies';
import { Field } from '@/components/Field';
import { NumberField } from '@/components/NumberField';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { editMessage } from './editMessage';

/**
 * Offers in other currencies are scored after converting to the profile's currency. The rates are
 * the user's own (no network), one per currency used, in units of the reporting currency.
 */
export function ExchangeRates() {
  const headingId = useId();
  const workspace = useWorkspaceStore((s) => s.workspace);
  const setFxRate = useWorkspaceStore((s) => s.setFxRate);
  const setReportingCurrency = useWorkspaceStore((s) => s.setReportingCurrency);
  const reporting = workspace.reportingCurrency;
  const used = new Set([
    ...workspace.offers.map((o) => o.currency),
    ...workspace.profiles.map((p) => p.currency),
  ]);
  used.delete(reporting);
  const foreign = [...used].sort();

  return (
    <section className="card offer-fx" aria-labelledby={headingId}>
      <h2 id={headingId}>Exchange rates</h2>
      <p className="muted small">
        Offers in another currency are converted before scoring. Enter your own rates: OfferScope
        never looks them up online.
      </p>
      <div className="fields">
        <Field label="Reporting currency">
          {({ inputId }) => (
            <select
              id={inputId}
              value={reporting}
              onChange={(e) => setReportingCurrency(e.target.value)}
            >
              {currencyChoices(reporting).map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          )}
        </Field>
        {foreign.map((code) => (
          <NumberField
            key={code}
            label={`1 ${code} in ${reporting}`}
            value={workspace.fxRates[code] ?? 0}
            min={0.000001}
            max={1e6}
            suffix={reporting}
            hint={
              workspace.fxRates[code]
                ? undefined
                : 'Missing: offers in this currency cannot be scored'
            }
            onChange={(rate) => editMessage(setFxRate(code, rate))}
          />
        ))}
      </div>
      {foreign.length === 0 ? (
        <p className="small muted">Every offer and profile is in {reporting}: no rates needed.</p>
      ) : null}
    </section>
  );
}
