import { compensationByYear, vestingFractionsByYear, type StoredOffer } from '@/domain';
import { formatMoney, formatNumber, formatShare } from '@/components/format';

/** What the initial grant vests each year (engine fractions) and the year's equity value. */
export function VestingPreview({ offer }: { offer: StoredOffer }) {
  const { vesting, shares, type } = offer.equity;
  let rows: { year: number; fraction: number; value: number }[];
  try {
    const fractions = vestingFractionsByYear(vesting, vesting.years);
    const comp = compensationByYear(offer, vesting.years);
    rows = fractions.map((fraction, i) => ({ year: i + 1, fraction, value: comp[i]?.equity ?? 0 }));
  } catch (error) {
    return (
      <p className="muted small">
        Vesting preview unavailable: {error instanceof Error ? error.message : String(error)}
      </p>
    );
  }
  const hasRefresh = offer.equity.refresh.value > 0;
  return (
    <div className="table-wrap offer-vesting-preview">
      <table className="data">
        <caption className="offer-vesting-preview__caption">What vests each year</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Of the grant</th>
            <th scope="col">Shares</th>
            <th scope="col">{type === 'options' ? 'Option value' : 'Equity value'}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year}>
              <th scope="row">Year {r.year}</th>
              <td>{formatShare(r.fraction, (r.fraction * 100) % 1 === 0 ? 0 : 1)}</td>
              <td>{formatNumber(r.fraction * shares)}</td>
              <td>{formatMoney(r.value, offer.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field__hint">
        Value at the modeled share price
        {offer.equity.liquidity === 'private' ? ', adjusted for success chance and dilution' : ''}
        {hasRefresh ? ', including refresh grants' : ''}.
      </p>
    </div>
  );
}
