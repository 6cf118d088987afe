import { useEffect, useRef } from 'react';
import { useRoute, type View } from './router';
import { AppHeader } from './AppHeader';
import { CompareView } from '@/features/compare/CompareView';
import { OffersView } from '@/features/offers/OffersView';
import { PrioritiesView } from '@/features/priorities/PrioritiesView';
import { FinanceView } from '@/features/finance/FinanceView';

const TITLES: Record<View, string> = {
  compare: 'Compare',
  offers: 'Offers',
  priorities: 'Priorities',
  finance: 'Finance',
};

export function App() {
  const route = useRoute();
  const view: View = route.view === 'share' ? 'compare' : route.view;
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    document.title = `${TITLES[view]} · OfferScope`;
  }, [view]);

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>
        Skip to content
      </a>
      <AppHeader current={view} />
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        {view === 'compare' && <CompareView />}
        {view === 'offers' && <OffersView selectedId={route.param} />}
        {view === 'priorities' && <PrioritiesView />}
        {view === 'finance' && <FinanceView />}
      </main>
    </>
  );
}
