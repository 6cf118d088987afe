import { Suspense, useState } from 'react';
import { VIEWS, routeHref, type View } from './router';
import { ProfilePicker } from './ProfilePicker';
import { SampleBanner } from './SampleBanner';
import { HistoryButtons } from './HistoryButtons';
import { StorageBanners } from './StorageBanners';
import { ShareDialog, WorkspaceDialog, prefetchViews } from './lazyViews';

const LABELS: Record<View, string> = {
  compare: 'Compare',
  offers: 'Offers',
  priorities: 'Priorities',
  finance: 'Finance',
};

export function AppHeader({ current }: { current: View | null }) {
  const [dialog, setDialog] = useState<'workspace' | 'share' | null>(null);
  return (
    // Intent to go elsewhere (pointer or keyboard focus in the header) fetches the other views.
    <header className="app-header" onPointerOver={prefetchViews} onFocus={prefetchViews}>
      <div className="app-header__row">
        <a className="brand" href={routeHref('compare')}>
          <svg aria-hidden="true" width="22" height="22" viewBox="0 0 32 32">
            <rect width="32" height="32" rx="6" fill="currentColor" />
            <path d="M8 22h4V14H8zm6 0h4V9h-4zm6 0h4v-6h-4z" fill="var(--bg)" />
          </svg>
          OfferScope
        </a>
        <nav aria-label="Main" className="main-nav">
          <ul>
            {VIEWS.map((view) => (
              <li key={view}>
                <a href={routeHref(view)} aria-current={view === current ? 'page' : undefined}>
                  {LABELS[view]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-actions">
          <ProfilePicker />
          <HistoryButtons />
          <button
            type="button"
            className="btn btn--small"
            aria-haspopup="dialog"
            onClick={() => setDialog('workspace')}
          >
            Workspace
          </button>
          <button
            type="button"
            className="btn btn--small"
            aria-haspopup="dialog"
            onClick={() => setDialog('share')}
          >
            Share
          </button>
        </div>
      </div>
      <StorageBanners />
      <SampleBanner />
      <Suspense fallback={null}>
        {dialog === 'workspace' && <WorkspaceDialog onClose={() => setDialog(null)} />}
        {dialog === 'share' && <ShareDialog onClose={() => setDialog(null)} />}
      </Suspense>
    </header>
  );
}
