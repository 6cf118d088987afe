import { useMemo, useSyncExternalStore } from 'react';

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

/** Fired when a view's query changes in place (replaceQuery), which fires no hashchange. */
const QUERY_EVENT = 'offerscope:query';

const subscribe = (notify: () => void) => {
  window.addEventListener('hashchange', notify);
  window.addEventListener(QUERY_EVENT, notify);
  return () => {
    window.removeEventListener('hashchange', notify);
    window.removeEventListener(QUERY_EVENT, notify);
  };
};

/** A view's query (#/finance?offer=a&years=5 → { offer: 'a', years: '5' }); share payloads have none. */
export function parseQuery(hash: string): Record<string, string> {
  const path = hash.replace(/^#\/?/, '');
  if (path.startsWith('share/')) return {};
  const at = path.indexOf('?');
  return at < 0 ? {} : Object.fromEntries(new URLSearchParams(path.slice(at + 1)));
}

/** The hash with some query values set (a string) or removed (null); the path and other values stay. */
export function hashWithQuery(
  hash: string,
  patch: Readonly<Record<string, string | null>>,
): string {
  const [path = '', query = ''] = hash.split('?');
  const params = new URLSearchParams(query);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const rest = params.toString();
  return `${path || '#/compare'}${rest ? `?${rest}` : ''}`;
}

/**
 * Changes the current view's query without a history entry per change (a choice in a view is
 * not a place to go Back to), so a reload or a copied address keeps the choice.
 */
export function replaceQuery(patch: Readonly<Record<string, string | null>>): void {
  const next = hashWithQuery(window.location.hash || '#/compare', patch);
  if (next === window.location.hash) return;
  window.history.replaceState(window.history.state, '', next);
  window.dispatchEvent(new Event(QUERY_EVENT));
}

const useHash = () =>
  useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );

export function useRoute(): Route {
  return parseRoute(useHash());
}

/** The current view's query, kept in step with the address (see replaceQuery). */
export function useRouteQuery(): Record<string, string> {
  const hash = useHash();
  return useMemo(() => parseQuery(hash), [hash]);
}

export function navigate(view: View | 'share', param = ''): void {
  window.location.hash = routeHref(view, param);
}
