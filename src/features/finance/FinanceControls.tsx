import { Field } from '@/components/Field';
import { toCsv } from '@/components/csv';
import { datedFilename, downloadText } from '@/components/download';
import type { FinanceAssumptions, StoredOffer } from '@/domain';
import { financeCsvRows, type OfferCost } from './financeCsv';

import { ALL_OFFERS, MAX_FINANCE_YEARS } from './financeChoices';

const YEAR_CHOICES = Array.from({ length: MAX_FINANCE_YEARS }, (_, i) => i + 1);

interface FinanceControlsProps {
  offers: readonly StoredOffer[];
  selectedId: string;
  onSelect: (id: string) => void;
  years: number;
  onYears: (years: number) => void;
  csvOffers: readonly OfferCost[];
  finance: FinanceAssumptions;
}

/** Which offers and how many years to show, plus the reviewer's print and CSV actions. */
export function FinanceControls({
  offers,
  selectedId,
  onSelect,
  years,
  onYears,
  csvOffers,
  finance,
}: FinanceControlsProps) {
  const downloadCsv = () =>
    downloadText(
      datedFilename('offerscope-finance', 'csv'),
      toCsv(financeCsvRows(csvOffers, years, finance)),
      'text/csv',
    );

  return (
    <div className="finance-controls card no-print">
      <Field label="Offer" className="finance-controls__offer">
        {({ inputId }) => (
          <select id={inputId} value={selectedId} onChange={(e) => onSelect(e.target.value)}>
            <option value={ALL_OFFERS}>All offers</option>
            {offers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Years" className="finance-controls__years">
        {({ inputId }) => (
          <select id={inputId} value={years} onChange={(e) => onYears(Number(e.target.value))}>
            {YEAR_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="btn-row finance-controls__actions">
        <button type="button" className="btn" onClick={() => window.print()}>
          Print summary
        </button>
        <button
          type="button"
          className="btn"
          onClick={downloadCsv}
          disabled={csvOffers.length === 0}
        >
          Download CSV
        </button>
      </div>
    </div>
  );
}
