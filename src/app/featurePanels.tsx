import { lazy, Suspense, type ReactNode } from 'react';
import type { StoredOffer } from '@/domain';
import type { CompareContext } from '@/features/compare/CompareView';

/**
 * Other features' panels on Compare, Priorities and the offer editor (see extensions.tsx). This
 * module is itself a lazy chunk, and every panel in it another: one line per feature.
 */

const TakeHomePanel = lazy(() => import('@/features/takehome/TakeHomePanel'));
const TakeHomeSettings = lazy(() => import('@/features/takehome/TakeHomeSettings'));
const LocationField = lazy(() => import('@/features/takehome/LocationField'));
const PanelSection = lazy(() =>
  import('@/features/panel/PanelSection').then((m) => ({ default: m.PanelSection })),
);
const PanelWinSection = lazy(() =>
  import('@/features/panel/PanelWinSection').then((m) => ({ default: m.PanelWinSection })),
);

const WhatItTakesPanel = lazy(() =>
  import('@/features/negotiate/WhatItTakesPanel').then((m) => ({ default: m.WhatItTakesPanel })),
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

const comparePanels: ComparePanel[] = [
  // one entry per feature, e.g. (context) => <TakeHomePanel key="takehome" {...context} />,
  (context) => <TakeHomePanel key="takehome" {...context} />,
  // offers: sign-on clawbacks (loaded only when some offer has a clawback window)
  ({ workspace: { offers } }) =>
    offers.some((o) => o.cash.clawbackMonths > 0) ? (
      <Suspense key="clawback" fallback={null}>
        <ClawbackPanel offers={offers} />
      </Suspense>
    ) : null,
  (context) => <ExitValuesPanel key="exit-values" workspace={context.workspace} />,
  (context) => (
    <OutcomesPanel key="outcomes" workspace={context.workspace} summary={context.summary} />
  ),
  (context) => <PanelWinSection key="panel-win" workspace={context.workspace} />,
  (context) => <WhatItTakesPanel key="negotiate" {...context} />,
];

const prioritiesPanels: ReactNode[] = [
  // one entry per feature, e.g. <PanelSection key="panel" />,
  <TakeHomeSettings key="takehome" />,
  <PanelSection key="panel" />,
];

export function ComparePanels(context: CompareContext) {
  return <>{comparePanels.map((panel) => panel(context))}</>;
}

export function PrioritiesPanels() {
  return <>{prioritiesPanels}</>;
}

/** Fields other features add to the offer editor (one line per feature). */
export function OfferEditorFields({ offer }: { offer: StoredOffer }): ReactNode {
  return <LocationField key="takehome" offer={offer} />;
}
