import { useCallback, useState } from 'react';
import { EQUITY_OUTLOOKS, type EquityOutlook } from '@/domain';

/** The outlook lives in the hash's query (#/compare?outlook=optimistic), never in the saved workspace. */
export function outlookFromHash(hash: string): EquityOutlook {
  const query = hash.split('?')[1] ?? '';
  const value = new URLSearchParams(query).get('outlook');
  return EQUITY_OUTLOOKS.find((o) => o.id === value)?.id ?? 'expected';
}

export function hashWithOutlook(hash: string, outlook: EquityOutlook): string {
  const [path = '#/compare', query = ''] = hash.split('?');
  const params = new URLSearchParams(query);
  if (outlook === 'expected') params.delete('outlook');
  else params.set('outlook', outlook);
  const rest = params.toString();
  return `${path || '#/compare'}${rest ? `?${rest}` : ''}`;
}

/** Reads the outlook once from the URL, and keeps the URL in step without a history entry per click. */
export function useOutlook(): [EquityOutlook, (outlook: EquityOutlook) => void] {
  const [outlook, setOutlookState] = useState<EquityOutlook>(() =>
    outlookFromHash(window.location.hash),
  );
  const setOutlook = useCallback((next: EquityOutlook) => {
    setOutlookState(next);
    const hash = hashWithOutlook(window.location.hash || '#/compare', next);
    window.history.replaceState(window.history.state, '', hash);
  }, []);
  return [outlook, setOutlook];
}
