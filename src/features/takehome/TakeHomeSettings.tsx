import { FilingFields } from './FilingFields';
import { TaxRulesSection } from './TaxRulesSection';
import './settings.css';

/** Priorities: how take-home is computed (filing status, Score on take-home) and the tax rules. */
export default function TakeHomeSettings() {
  return (
    <>
      <section className="card" aria-labelledby="takehome-settings-heading">
        <h2 id="takehome-settings-heading">Take-home pay</h2>
        <p className="muted small">
          Each offer’s tax location is set in Offers. Take-home is an estimate of the tax owed on
          wages, with the rules below; see Compare → After tax.
        </p>
        <FilingFields />
      </section>
      <TaxRulesSection />
    </>
  );
}
