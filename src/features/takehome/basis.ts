import { useCallback, useSyncExternalStore } from 'react';

/** Before tax / After tax for Compare's table and charts: in the hash's query (?tax=after). */
export type TaxBasis = 'before' | 'after';

export function basisFromHash(hash: string): TaxBasis {
  const query = hash.split('?')[1] ?? '';
  return new URLSearchParams(query).get('tax') === 'after' ? 'after' : 'before';
}

export function hashWithBasis(hash: string, basis: TaxBasis): string {
  const [path = '#/compare', query = ''] = hash.split('?');
  const params = new URLSearchParams(query);
  if (basis === 'before') params.delete('tax');
  else params.set('tax', 'after');
  const rest = params.toString();
  return `${path || '#/compare'}${rest ? `?${rest}` : ''}`;
}

const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  window.addEventListener('hashchange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', listener);
  };
};
const snapshot = () => basisFromHash(window.location.hash);

/** The basis, shared by the switch, the table rows and the charts (no history entry per click). */
export function useTaxBasis(): [TaxBasis, (basis: TaxBasis) => void] {
  const basis = useSyncExternalStore(subscribe, snapshot, () => 'before' as const);
  const setBasis = useCallback((next: TaxBasis) => {
    const hash = hashWithBasis(window.location.hash || '#/compare', next);
    window.history.replaceState(window.history.state, '', hash);
    listeners.forEach((l) => l());
  }, []);
  return [basis, setBasis];
}
