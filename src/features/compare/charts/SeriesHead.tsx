import type { OfferSeries } from './chartData';

/** A chart table's header row: the row-label column, then one column per offer. */
export function SeriesHead({ first, series }: { first: string; series: readonly OfferSeries[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {series.map((s) => (
          <th key={s.id} scope="col">
            {s.name}
          </th>
        ))}
      </tr>
    </thead>
  );
}
