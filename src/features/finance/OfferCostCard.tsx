import { lazy, Suspense, useId } from 'react';
import { offerColor } from '@/components/offerColors';
import type { FinanceAssumptions } from '@/domain';
import { BandPosition } from './BandPosition';
import { CostTable } from './CostTable';
import { CostExplanations } from './CostExplanations';
import { GrantTerms } from './GrantTerms';
import { costChartData } from './costTable';
import type { OfferCostResult } from './FinanceView';

// Recharts loads in its own chunk so the first paint does not wait for it.
const FinanceChart = lazy(() => import('./FinanceChart'));

interface OfferCostCardProps {
  result: OfferCostResult;
  finance: FinanceAssumptions;
  yearCount: number;
}

/** One offer: band position, the employer-cost table, where the figures come from, the chart. */
export function OfferCostCard({ result, finance, yearCount }: OfferCostCardProps) {
  const { offer, index, years, error } = result;
  const headingId = useId();
  const tableId = useId();

  return (
    <section className="card finance-offer" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span className="swatch" style={{ background: offerColor(index) }} aria-hidden="true" />
        {offer.name}
      </h2>
      {offer.company ? <p className="muted small">{offer.company}</p> : null}
      {years ? (
        <>
          <BandPosition
            offerId={offer.id}
            band={offer.band}
            firstYear={years[0]}
            currency={offer.currency}
          />
          <GrantTerms offer={offer} />
          <CostTable
            id={tableId}
            offerName={offer.name}
            years={years}
            yearCount={yearCount}
            currency={offer.currency}
            finance={finance}
          />
          <CostExplanations offer={offer} years={years} finance={finance} />
          <Suspense fallback={<p className="muted small finance-chart">Loading chart…</p>}>
            <FinanceChart
              data={costChartData(years)}
              currency={offer.currency}
              offerName={offer.name}
            />
          </Suspense>
        </>
      ) : (
        <p className="notice notice--error" role="alert">
          Employer cost could not be computed for this offer: {error}
        </p>
      )}
    </section>
  );
}
