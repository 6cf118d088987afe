import { lazy, Suspense, type ReactNode } from 'react';
import type { StoredOffer } from '@/domain';
import type { CompareContext, CompareSlots } from '@/features/compare/CompareView';
import { useCashAfterTax } from '@/features/takehome/cashStore';

/**
 * Where features meet: Compare and Priorities render other features' panels through these
 * props, so feature folders never import each other. Every panel added here is a lazy chunk
 * (React.lazy in this file), so Compare's first-render JS does not grow.
 *
 * To add a panel: `const XPanel = lazy(() => import('@/features/x/XPanel').then(...))`, then
 * one line in the list below. Keep one line per feature so branches merge cleanly.
 */

const TaxBasisSwitch = lazy(() => import('@/features/takehome/TaxBasisSwitch'));
const TakeHomeRows = lazy(() => import('@/features/takehome/TakeHomeRows'));
const AfterTaxChart = lazy(() => import('@/features/takehome/AfterTaxChart'));
const TakeHomePanel = lazy(() => import('@/features/takehome/TakeHomePanel'));
const TakeHomeSettings = lazy(() => import('@/features/takehome/TakeHomeSettings'));
const LocationField = lazy(() => import('@/features/takehome/LocationField'));
const PanelSection = lazy(() =>
  import('@/features/panel/PanelSection').then((m) => ({ default: m.PanelSection })),
);

type ComparePanel = (context: CompareContext) => ReactNode;

const OutcomesPanel = lazy(() =>
  import('@/features/outcomes/OutcomesPanel').then((m) => ({ default: m.OutcomesPanel })),
);
const ExitValuesPanel = lazy(() =>
  import('@/features/outcomes/ExitValuesPanel').then((m) => ({ default: m.ExitValuesPanel })),
);

const ClawbackPanel = lazy(() =>
  import('@/features/offers/ClawbackPanel').then((m) => ({ default: m.ClawbackPanel })),
);

const WhatItTakesPanel = lazy(() =>
  import('@/features/negotiate/WhatItTakesPanel').then((m) => ({ default: m.WhatItTakesPanel })),
);

const comparePanels: ComparePanel[] = [
  // one entry per feature, e.g. (context) => <TakeHomePanel key="takehome" {...context} />,
  (context) => <TakeHomePanel key="takehome" {...context} />,
  // offers: sign-on clawbacks (loaded only when some offer has a clawback window)
  ({ workspace: { offers } }) =>
    offers.some((o) => o.cash.clawbackMonths > 0) ? (
      <ClawbackPanel key="clawback" offers={offers} />
    ) : null,
  (context) => <ExitValuesPanel key="exit-values" workspace={context.workspace} />,
  (context) => (
    <OutcomesPanel key="outcomes" workspace={context.workspace} summary={context.summary} />
  ),
  (context) => <WhatItTakesPanel key="negotiate" {...context} />,
];

const prioritiesPanels: ReactNode[] = [
  // one entry per feature, e.g. <PanelSection key="panel" />,
  <TakeHomeSettings key="takehome" />,
  <PanelSection key="panel" />,
];

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
  if (comparePanels.length === 0) return null;
  return <Suspense fallback={null}>{comparePanels.map((panel) => panel(context))}</Suspense>;
}

export function prioritiesExtensions(): ReactNode {
  if (prioritiesPanels.length === 0) return null;
  return <Suspense fallback={null}>{prioritiesPanels}</Suspense>;
}

/** Fields other features add to the offer editor (one line per feature). */
export function offerEditorExtensions(offer: StoredOffer): ReactNode {
  return (
    <Suspense fallback={null}>
      <LocationField key="takehome" offer={offer} />
    </Suspense>
  );
}
