import type { OfferSummary, WorkspaceSummary } from '@/domain';
import { offerColor } from '@/components/offerColors';
import { mustHaveText, type LabelOf } from './labels';
import { ScoreBar, ScoreBarLegend } from './ScoreBar';

function RankingItem({
  item,
  rank,
  isLeader,
  summary,
  labelOf,
}: {
  item: OfferSummary;
  rank: number;
  isLeader: boolean;
  summary: WorkspaceSummary;
  labelOf: LabelOf;
}) {
  const ev = item.evaluation;
  const missed =
    ev && !ev.eligible
      ? ev.failedConstraints.map((c) => mustHaveText(c, labelOf, summary.profile.currency))
      : [];
  return (
    <li className={`cmp-ranking__item${isLeader ? ' cmp-ranking__item--leader' : ''}`}>
      <span className="cmp-ranking__rank num" aria-hidden="true">
        {ev ? rank : '–'}
      </span>
      <div className="cmp-ranking__body">
        <div className="cmp-ranking__head">
          <span className="cmp-ranking__title">
            <span
              className="swatch"
              style={{ background: offerColor(item.index) }}
              aria-hidden="true"
            />
            <span className="cmp-ranking__name">{item.offer.name}</span>
            {isLeader ? (
              <span className="badge badge--good">
                <span aria-hidden="true">★ </span>Leader
              </span>
            ) : null}
            {summary.baseline?.offer.id === item.offer.id ? (
              <span className="badge muted">Baseline</span>
            ) : null}
          </span>
          {ev ? (
            <span className="cmp-ranking__score num">
              <span className="visually-hidden">Score </span>
              {ev.score.toFixed(1)}
            </span>
          ) : null}
        </div>
        {ev ? (
          <ScoreBar
            contributions={ev.contributions}
            labelOf={labelOf}
            offerName={item.offer.name}
          />
        ) : null}
        {item.error ? (
          <p className="cmp-ranking__error small">
            {item.error}.{' '}
            {/* Every scoring error is fixed in the offer's editor (its currency, or the rates there). */}
            <a href={`#/offers/${encodeURIComponent(item.offer.id)}`}>Fix in Offers</a>
          </p>
        ) : null}
        {missed.length ? (
          <p className="cmp-ranking__missed small">Misses must-have: {missed.join(', ')}</p>
        ) : null}
      </div>
    </li>
  );
}

/** Offers by score for the active profile: eligible first, the leader marked by a badge and a star. */
export function Ranking({ summary, labelOf }: { summary: WorkspaceSummary; labelOf: LabelOf }) {
  const leader = summary.ranking.find((s) => s.evaluation !== null);
  const dimensions =
    leader?.evaluation?.contributions.filter((c) => c.weight > 0).map((c) => c.dimension) ?? [];
  return (
    <section className="card" aria-labelledby="ranking-heading">
      <div className="cmp-card-head">
        <h2 id="ranking-heading">Ranking</h2>
        <span className="muted small">Score out of 100 for {summary.profile.name}</span>
      </div>
      <ol className="cmp-ranking">
        {summary.ranking.map((item, i) => (
          <RankingItem
            key={item.offer.id}
            item={item}
            rank={i + 1}
            isLeader={item === leader && summary.ranking.length > 1}
            summary={summary}
            labelOf={labelOf}
          />
        ))}
      </ol>
      {dimensions.length ? <ScoreBarLegend dimensions={dimensions} labelOf={labelOf} /> : null}
    </section>
  );
}
