import { useSyncExternalStore } from 'react';

export const VIEWS = ['compare', 'offers', 'priorities', 'finance'] as const;
export type View = (typeof VIEWS)[number];

export interface Route {
  view: View | 'share';
  /** Rest of the path after the view, e.g. an offer id, or a share payload. */
  param: string;
}

/** Hash routes: #/compare, #/offers/<id>, #/priorities, #/finance, #/share/<payload>. The fragment never reaches a server. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const slash = path.indexOf('/');
  const head = slash < 0 ? path : path.slice(0, slash);
  const param = slash < 0 ? '' : path.slice(slash + 1);
  if (head === 'share') return { view: 'share', param };
  if ((VIEWS as readonly string[]).includes(head)) return { view: head as View, param: decodeURIComponent(param) };
  return { view: 'compare', param: '' };
}

export function routeHref(view: View | 'share', param = ''): string {
  return `#/${view}${param ? `/${view === 'share' ? param : encodeURIComponent(param)}` : ''}`;
}

const subscribe = (notify: () => void) => {
  window.addEventListener('hashchange', notify);
  return () => window.removeEventListener('hashchange', notify);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => '');
  return parseRoute(hash);
}

export function navigate(view: View | 'share', param = ''): void {
  window.location.hash = routeHref(view, param);
}
