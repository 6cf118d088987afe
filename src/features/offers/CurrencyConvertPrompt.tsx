import { convertOfferCurrency, workspaceRate, type StoredOffer } from '@/domain';
import { formatNumber } from '@/components/format';
import { useWorkspaceStore } from '@/state/workspaceStore';
import type { OfferEdit } from './useOfferEdit';

interface Props {
  offer: StoredOffer;
  /** The currency the offer was in before the change. */
  from: string;
  edit: OfferEdit;
  onDone: () => void;
}

/**
 * After an offer's currency changes, its amounts stay as typed (usually right: they were in that
 * currency all along). This asks whether they were in the old currency instead, and converts
 * them at the workspace's rate; with no rate yet, it waits for one under Exchange rates.
 */
export function CurrencyConvertPrompt({ offer, from, edit, onDone }: Props) {
  const fxRates = useWorkspaceStore((s) => s.workspace.fxRates);
  const reportingCurrency = useWorkspaceStore((s) => s.workspace.reportingCurrency);
  const to = offer.currency;
  const rate = workspaceRate(from, to, fxRates, reportingCurrency);
  const missing = [from, to].filter((code) => code !== reportingCurrency && !fxRates[code]);
  const convert = (value: number) => {
    if (edit((o) => convertOfferCurrency(o, to, value)) === null) onDone();
  };
  return (
    <div className="notice small offer-field--wide" role="status">
      <p>
        Amounts kept as typed, now in {to}. Were they in {from}?{' '}
        {rate === null
          ? `To convert them, enter the ${missing.join(' and ')} ${missing.length > 1 ? 'rates' : 'rate'} under Exchange rates, below.`
          : `Convert them at 1 ${from} = ${formatNumber(rate, 4)} ${to}.`}
      </p>
      <div className="btn-row">
        {rate !== null && (
          <button
            type="button"
            className="btn btn--small btn--primary"
            onClick={() => convert(rate)}
          >
            Convert amounts to {to}
          </button>
        )}
        <button type="button" className="btn btn--small" onClick={onDone}>
          Keep as typed
        </button>
      </div>
    </div>
  );
}
