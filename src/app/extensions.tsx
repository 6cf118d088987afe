import { lazy, Suspense, type ReactNode } from 'react';
import type { StoredOffer } from '@/domain';
import type { CompareContext, CompareSlots } from '@/features/compare/CompareView';
import { useCashAfterTax } from '@/features/takehome/cashStore';

/**
 * Where features meet: Compare and Priorities render other features' panels through these
 * props, so feature folders never import each other. Every panel added here is a lazy chunk
 * (React.lazy in this file), so Compare's first-render JS does not grow.
 *
 * To add a panel: `const XPanel = lazy(() => import('@/features/x/XPanel').then(...))` in
 * featurePanels.tsx, then one line in its list. Keep one line per feature so branches merge cleanly.
 */

const TaxBasisSwitch = lazy(() => import('@/features/takehome/TaxBasisSwitch'));
const TakeHomeRows = lazy(() => import('@/features/takehome/TakeHomeRows'));
const AfterTaxChart = lazy(() => import('@/features/takehome/AfterTaxChart'));

// The panels themselves are listed in featurePanels.tsx, a chunk of its own.
const panels = () => import('./featurePanels');
const ComparePanels = lazy(() => panels().then((m) => ({ default: m.ComparePanels })));
const PrioritiesPanels = lazy(() => panels().then((m) => ({ default: m.PrioritiesPanels })));
const OfferEditorFields = lazy(() => panels().then((m) => ({ default: m.OfferEditorFields })));

/** Compare's slots (header controls, table rows, below the charts, score inputs). */
export const compareSlots: CompareSlots = {
  header: (context) => (
    <Suspense fallback={null}>
      <TaxBasisSwitch {...context} />
    </Suspense>
  ),
  tableRows: (context) => (
    <Suspense fallback={null}>
      <TakeHomeRows {...context} />
    </Suspense>
  ),
  charts: (context) => (
    <Suspense fallback={null}>
      <AfterTaxChart {...context} />
    </Suspense>
  ),
  useCashAfterTax,
};

export function compareExtensions(context: CompareContext): ReactNode {
  return (
    <Suspense fallback={null}>
      <ComparePanels {...context} />
    </Suspense>
  );
}

export function prioritiesExtensions(): ReactNode {
  return (
    <Suspense fallback={null}>
      <PrioritiesPanels />
    </Suspense>
  );
}

/** Fields other features add to the offer editor (listed in featurePanels.tsx). */
export function offerEditorExtensions(offer: StoredOffer): ReactNode {
  return (
    <Suspense fallback={null}>
      <OfferEditorFields offer={offer} />
    </Suspense>
  );
}
