import { lazy, Suspense } from 'react';
import { formatMoney, formatNumber, formatShare } from '@/components/format';
import type { Offer } from '@/domain';
import { FrontierTable } from './FrontierTable';

// Recharts arrives only with the chart (a lazy chunk of its own).
const FrontierChart = lazy(() => import('./FrontierChart'));
import { ScenarioList } from './ScenarioList';
import { leverLabel, leverValueText, type LabelOf } from './labels';
import type { NegotiateModel } from './negotiateModel';

interface Props {
  model: NegotiateModel;
  offer: Offer;
  rivalName: string;
  labelOf: LabelOf;
}

/** Rounded value of a lever in the package shown and applied (money up to $100, ratings 0.1). */
function roundedValue(lever: string, pkg: Offer, fallback: number): number {
  if (lever === 'base') return pkg.cash.base;
  if (lever === 'bonusTargetPct') return pkg.cash.bonusTargetPct;
  if (lever === 'signOn') return pkg.cash.signOn;
  if (lever.startsWith('rating:')) return pkg.ratings[lever.slice(7)] ?? fallback;
  return fallback;
}

/** The cheapest winning package lever by lever, where it leaves every offer, and what it costs. */
export function PackageView({ model, offer, rivalName, labelOf }: Props) {
  const { result, rounded, standings, costYears, band } = model;
  const currency = offer.currency;
  const moved = result.changes.filter((c) => Math.abs(c.to - c.from) > 1e-9);
  return (
    <div className="neg-result" aria-live="polite">
      {result.feasible ? (
        <p className="neg-headline">
          {moved.length === 0
            ? `Your offer already leads ${rivalName} by at least the margin: no change needed.`
            : `Cheapest winning package: +${formatMoney(result.extraCost, currency)} over ${costYears} years (${formatMoney(result.extraCost / costYears, currency)} a year).`}
        </p>
      ) : (
        <p className="notice neg-headline">
          No package within these maximums wins: even at every maximum you trail by{' '}
          {formatNumber(result.shortfall ?? 0, 1)} points; the closest costs +
          {formatMoney(result.extraCost, currency)} over {costYears} years.
        </p>
      )}
      {moved.length > 0 ? (
        <table className="neg-table">
          <caption>{result.feasible ? 'Cheapest winning package' : 'Closest package'}</caption>
          <thead>
            <tr>
              <th scope="col">Lever</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
            </tr>
          </thead>
          <tbody>
            {moved.map((c) => (
              <tr key={c.lever}>
                <th scope="row">{leverLabel(c.lever, labelOf)}</th>
                <td>{leverValueText(c.lever, c.from, currency)}</td>
                <td>{leverValueText(c.lever, roundedValue(c.lever, rounded, c.to), currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {band ? (
        <p className={band.aboveBand ? 'notice small' : 'small'}>
          New base {formatMoney(rounded.cash.base, currency)}: compa-ratio{' '}
          {formatNumber(band.compaRatio, 2)}, {formatShare(band.position)} of the band
          {band.aboveBand ? ' — above the band maximum' : ''}.
        </p>
      ) : null}
      <table className="neg-table">
        <caption>Scores with the package ({formatNumber(result.target, 1)} needed)</caption>
        <thead>
          <tr>
            <th scope="col">Offer</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {standings.map((s) => (
            <tr key={s.id} className={s.isPackage ? 'neg-table__package' : undefined}>
              <th scope="row">{s.name}</th>
              <td>{s.score === null ? '—' : formatNumber(s.score, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ScenarioList scenarios={model.scenarios} currency={currency} />
      {model.frontier ? (
        <Suspense fallback={null}>
          <FrontierChart
            frontier={model.frontier}
            alternatives={model.alternatives}
            currency={currency}
            labelOf={labelOf}
          />
        </Suspense>
      ) : null}
      {model.frontier ? (
        <FrontierTable frontier={model.frontier} currency={currency} labelOf={labelOf} />
      ) : null}
      {model.makeWhole ? (
        <p className="small">
          Leaving {model.makeWhole.baselineName} forfeits{' '}
          {formatMoney(model.makeWhole.unvested, currency)} of unvested equity;{' '}
          {model.makeWhole.covered
            ? 'the package’s new sign-on and grant cover it.'
            : 'the package’s new sign-on and grant do not cover it.'}
        </p>
      ) : null}
    </div>
  );
}
