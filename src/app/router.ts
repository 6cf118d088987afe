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
  // A share payload is opaque; everything else may carry a view query (#/compare?outlook=…).
  if (path.startsWith('share/')) return { view: 'share', param: path.slice('share/'.length) };
  const [head = '', ...rest] = (path.split('?')[0] ?? '').split('/');
  if (!(VIEWS as readonly string[]).includes(head)) return { view: 'compare', param: '' };
  return { view: head as View, param: safeDecode(rest.join('/')) };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return ''; // a malformed %-escape is treated as no parameter
  }
}

export function routeHref(view: View | 'share', param = ''): string {
  return `#/${view}${param ? `/${view === 'share' ? param : encodeURIComponent(param)}` : ''}`;
}

const subscribe = (notify: () => void) => {
  window.addEventListener('hashchange', notify);
  return () => window.removeEventListener('hashchange', notify);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
  return parseRoute(hash);
}

export function navigate(view: View | 'share', param = ''): void {
  window.location.hash = routeHref(view, param);
}
