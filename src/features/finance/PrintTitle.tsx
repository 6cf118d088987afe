import { selectActiveProfile, useWorkspaceStore } from '@/state/workspaceStore';
import './print.css';

interface PrintTitleProps {
  /** Names of the offers the summary covers, in the order printed. */
  offers: readonly string[];
  years: number;
  /** When it was prepared (tests pass a fixed date). */
  now?: Date;
}

/** The printed summary's title block: what it is, when, for which profile, which offers. */
export function PrintTitle({ offers, years, now = new Date() }: PrintTitleProps) {
  const profile = useWorkspaceStore((s) => selectActiveProfile(s).name);
  const date = now.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
  return (
    <header className="print-title print-only" aria-hidden="true">
      <p className="print-title__app">OfferScope · Employer cost summary</p>
      <dl className="print-title__facts">
        <div>
          <dt>Prepared on</dt>
          <dd>{date}</dd>
        </div>
        <div>
          <dt>Profile</dt>
          <dd>{profile}</dd>
        </div>
        <div>
          <dt>{offers.length === 1 ? 'Offer' : `Offers (${offers.length})`}</dt>
          <dd>{offers.join('; ')}</dd>
        </div>
        <div>
          <dt>Years</dt>
          <dd>
            {years}; amounts in whole units of each offer&apos;s currency, every total the sum of
            the figures shown
          </dd>
        </div>
      </dl>
    </header>
  );
}
