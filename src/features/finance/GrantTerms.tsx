import type { Offer } from '@/domain';
import { grantTerms } from './grantTerms';

/** The offer's grant terms for the printed summary (the editor that holds them is not printed). */
export function GrantTerms({ offer }: { offer: Offer }) {
  return (
    <section className="print-grant print-only" aria-hidden="true">
      <h3>Grant terms</h3>
      <dl className="print-grant__terms">
        {grantTerms(offer).map((t) => (
          <div key={t.term}>
            <dt>{t.term}</dt>
            <dd>{t.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
