import { Suspense, useEffect, useLayoutEffect, useRef } from 'react';
import { navigate, useRoute, type View } from './router';
import { AppHeader } from './AppHeader';
import { NoticeArea } from './NoticeArea';
import { ViewBoundary } from './ViewBoundary';
import { useHistoryShortcuts } from './HistoryButtons';
import { CompareView } from '@/features/compare/CompareView';
import { FinanceView, OffersView, PrioritiesView, SharedView } from './lazyViews';
import { startPersistence } from '@/state/persistence';
import {
  compareExtensions,
  compareSlots,
  offerEditorExtensions,
  prioritiesExtensions,
} from './extensions';
import './shell.css';

const TITLES: Record<View | 'share', string> = {
  compare: 'Compare',
  offers: 'Offers',
  priorities: 'Priorities',
  finance: 'Finance',
  share: 'Shared offers',
};

export function App() {
  const route = useRoute();
  const view = route.view;
  const mainRef = useRef<HTMLElement>(null);

  // Load the saved workspace before the first paint, then keep saving it.
  useLayoutEffect(() => startPersistence(), []);
  useHistoryShortcuts();

  useEffect(() => {
    document.title = `${TITLES[view]} · OfferScope`;
  }, [view]);

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to content
      </a>
      <AppHeader current={view === 'share' ? null : view} />
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        <ViewBoundary key={view}>
          <Suspense
            fallback={
              <p className="muted" role="status">
                Loading…
              </p>
            }
          >
            {view === 'share' && (
              <SharedView encoded={route.param} onAdded={() => navigate('compare')} />
            )}
            {view === 'compare' && (
              <CompareView extensions={compareExtensions} slots={compareSlots} />
            )}
            {view === 'offers' && (
              <OffersView selectedId={route.param} editorExtensions={offerEditorExtensions} />
            )}
            {view === 'priorities' && <PrioritiesView extensions={prioritiesExtensions()} />}
            {view === 'finance' && <FinanceView />}
          </Suspense>
        </ViewBoundary>
      </main>
      <NoticeArea />
    </>
  );
}
