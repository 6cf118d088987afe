import { useMemo } from 'react';
import {
  employerCostByYear,
  type EmployerCostYear,
  type FinanceAssumptions,
  type StoredOffer,
} from '@/domain';
import { selectActiveProfile, useWorkspaceStore } from '@/state/workspaceStore';
import { offersHref } from './offersHref';
import { FinanceControls } from './FinanceControls';
import { ALL_OFFERS, useFinanceChoices } from './financeChoices';
import { OfferCostCard } from './OfferCostCard';
import { AssumptionsPanel } from './AssumptionsPanel';
import { AssumptionsSummary } from './AssumptionsSummary';
import { PrintTitle } from './PrintTitle';
import type { OfferCost } from './financeCsv';
import './finance.css';

export interface OfferCostResult {
  offer: StoredOffer;
  /** Position in the workspace, for the offer's color. */
  index: number;
  years: EmployerCostYear[] | null;
  error: string | null;
}

function costOf(
  offer: StoredOffer,
  index: number,
  finance: FinanceAssumptions,
  years: number,
): OfferCostResult {
  try {
    return { offer, index, years: employerCostByYear(offer, finance, years), error: null };
  } catch (e) {
    // A figure the engine cannot compute must not take the whole view down.
    return { offer, index, years: null, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Finance: what each offer costs the employer, year by year, against its band. */
export function FinanceView() {
  const offers = useWorkspaceStore((s) => s.workspace.offers);
  const finance = useWorkspaceStore((s) => s.workspace.finance);
  const horizon = useWorkspaceStore((s) => selectActiveProfile(s).horizonYears);
  const [choices, choose] = useFinanceChoices();

  const years = choices.years ?? horizon;
  const selectedId = offers.some((o) => o.id === choices.offer) ? choices.offer : ALL_OFFERS;
  const results = useMemo(
    () =>
      offers
        .map((offer, index) => ({ offer, index }))
        .filter(({ offer }) => selectedId === ALL_OFFERS || offer.id === selectedId)
        .map(({ offer, index }) => costOf(offer, index, finance, years)),
    [offers, finance, years, selectedId],
  );
  const csvOffers: OfferCost[] = results.flatMap((r) =>
    r.years
      ? [{ name: r.offer.name, currency: r.offer.currency, years: r.years, band: r.offer.band }]
      : [],
  );

  return (
    <div className="finance">
      <PrintTitle offers={results.map((r) => r.offer.name)} years={years} />
      <div className="view-header">
        <h1>Finance</h1>
        <p className="muted small">
          Employer cost by year against each offer&apos;s salary band. Everything stays in this
          browser.
        </p>
      </div>
      {offers.length === 0 ? (
        <p className="empty-state">
          No offers yet. <a href={offersHref()}>Add an offer in Offers</a> to see what it costs the
          employer.
        </p>
      ) : (
        <>
          <FinanceControls
            offers={offers}
            selectedId={selectedId}
            onSelect={(offer) => choose({ offer })}
            years={years}
            onYears={(n) => choose({ years: n })}
            csvOffers={csvOffers}
            finance={finance}
          />
          {results.map((r) => (
            <OfferCostCard key={r.offer.id} result={r} finance={finance} yearCount={years} />
          ))}
        </>
      )}
      <AssumptionsPanel finance={finance} />
      <AssumptionsSummary finance={finance} />
    </div>
  );
}
