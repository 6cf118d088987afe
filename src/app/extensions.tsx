import { Suspense, lazy, type ReactNode } from 'react';
import type { CompareContext } from '@/features/compare/CompareView';

/**
 * Where features meet: Compare and Priorities render other features' panels through these
 * props, so feature folders never import each other. Every panel added here is a lazy chunk
 * (React.lazy in this file), so Compare's first-render JS does not grow.
 *
 * To add a panel: `const XPanel = lazy(() => import('@/features/x/XPanel').then(...))`, then
 * one line in the list below. Keep one line per feature so branches merge cleanly.
 */

type ComparePanel = (context: CompareContext) => ReactNode;

const ClawbackPanel = lazy(() =>
  import('@/features/offers/ClawbackPanel').then((m) => ({ default: m.ClawbackPanel })),
);

const comparePanels: ComparePanel[] = [
  // one entry per feature, e.g. (context) => <TakeHomePanel key="takehome" {...context} />,
  // offers: sign-on clawbacks (loaded only when some offer has a clawback window)
  ({ workspace: { offers } }) =>
    offers.some((o) => o.cash.clawbackMonths > 0) ? (
      <ClawbackPanel key="clawback" offers={offers} />
    ) : null,
];

const prioritiesPanels: ReactNode[] = [
  // one entry per feature, e.g. <PanelSection key="panel" />,
];

export function compareExtensions(context: CompareContext): ReactNode {
  if (comparePanels.length === 0) return null;
  return <Suspense fallback={null}>{comparePanels.map((panel) => panel(context))}</Suspense>;
}

export function prioritiesExtensions(): ReactNode {
  if (prioritiesPanels.length === 0) return null;
  return <Suspense fallback={null}>{prioritiesPanels}</Suspense>;
}
