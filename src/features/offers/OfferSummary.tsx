import type { ReactNode } from 'react';
import { compensationByYear, evaluateOffer, rebaseFxRates, type StoredOffer } from '@/domain';
import { formatMoney, formatPoints } from '@/components/format';
import { selectActiveProfile, useWorkspaceStore } from '@/state/workspaceStore';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Year-1 total comp and the score under the active profile, so every edit shows its effect. */
export function OfferSummary({ offer }: { offer: StoredOffer }) {
  const profile = useWorkspaceStore(selectActiveProfile);
  const rates = useWorkspaceStore((s) => s.workspace.fxRates);
  const reportingCurrency = useWorkspaceStore((s) => s.workspace.reportingCurrency);
  const fxRates = rebaseFxRates(rates, reportingCurrency, profile.currency);

  let totalComp: string;
  try {
    totalComp = formatMoney(compensationByYear(offer, 1)[0]?.totalComp ?? 0, offer.currency);
  } catch (error) {
    totalComp = `unavailable (${messageOf(error)})`;
  }

  let score: ReactNode;
  try {
    const evaluation = evaluateOffer(offer, profile, { fxRates });
    score = (
      <>
        {formatPoints(evaluation.score)} <span className="muted">/ 100</span>
        {evaluation.eligible ? null : (
          <span className="badge badge--bad offer-summary__badge">
            Misses a must-have: {evaluation.failed.join(', ')}
          </span>
        )}
      </>
    );
  } catch (error) {
    score = <span className="small">unavailable: {messageOf(error)}</span>;
  }

  return (
    <dl className="offer-summary" aria-label="Live summary">
      <div>
        <dt>Year-1 total comp</dt>
        <dd className="num">{totalComp}</dd>
      </div>
      <div>
        <dt>Score under “{profile.name}”</dt>
        <dd className="num">{score}</dd>
      </div>
    </dl>
  );
}
