import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { StoredProfile } from '@/domain';
import { labelOf, type DimensionOption } from './dimensionList';
import { useProfileEditor } from './profileEdits';
import { completeRanking, formatWeightShare, moveItem, rankingWeights } from './weightMath';

/** What to focus after a move re-renders the list: the moved row, or one of its buttons. */
type FocusTarget = { id: string; part: 'row' | 'up' | 'down' };

/**
 * Order the dimensions, most important first; rank-order-centroid weights follow. Reorder with the
 * Move up / Move down buttons, the arrow keys on a focused row, or drag and drop.
 */
export function RankingWeights({
  profile,
  dimensions,
}: {
  profile: StoredProfile;
  dimensions: DimensionOption[];
}) {
  const edit = useProfileEditor(profile.id);
  const ids = dimensions.map((d) => d.id);
  const ranking = completeRanking(
    profile.method === 'rank' ? profile.ranking : [],
    ids,
    profile.weights,
  );
  const shares = rankingWeights(ranking);
  const [error, setError] = useState<string | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const focusAfter = useRef<FocusTarget | null>(null);

  useEffect(() => {
    const target = focusAfter.current;
    if (!target || !listRef.current) return;
    focusAfter.current = null;
    const row = listRef.current.querySelector<HTMLElement>(`[data-dimension="${target.id}"]`);
    const button =
      target.part === 'row'
        ? null
        : row?.querySelector<HTMLButtonElement>(`[data-move="${target.part}"]`);
    (button && !button.disabled ? button : row)?.focus();
  });

  const apply = (next: string[]) => {
    setError(edit((p) => ({ ...p, ranking: next, weights: rankingWeights(next), method: 'rank' })));
  };
  const move = (id: string, delta: number, part: FocusTarget['part']) => {
    const from = ranking.indexOf(id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= ranking.length) return;
    focusAfter.current = { id, part };
    apply(moveItem(ranking, from, to));
  };
  const onKeyDown = (id: string) => (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget) return; // the buttons handle their own keys
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      move(id, e.key === 'ArrowUp' ? -1 : 1, 'row');
    }
  };
  const onDrop = (id: string) => (e: DragEvent<HTMLLIElement>) => {
    e.preventDefault();
    const source = dragged ?? e.dataTransfer.getData('text/plain');
    setDragged(null);
    if (!source || source === id) return;
    apply(moveItem(ranking, ranking.indexOf(source), ranking.indexOf(id)));
  };

  return (
    <div className="ranking">
      <p className="muted small" id={`ranking-help-${profile.id}`}>
        Most important first. Focus a row and use the arrow keys, the Move buttons, or drag a row.
      </p>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <ol className="ranking__list" ref={listRef} aria-label="Ranking, most important first">
        {ranking.map((id, index) => {
          const label = labelOf(dimensions, id);
          const share = formatWeightShare((shares[id] ?? 0) / 100);
          return (
            <li
              key={id}
              data-dimension={id}
              className={`ranking__item${dragged === id ? ' ranking__item--dragging' : ''}`}
              tabIndex={0}
              draggable
              aria-label={`${index + 1}. ${label}, ${share}`}
              aria-describedby={`ranking-help-${profile.id}`}
              onKeyDown={onKeyDown(id)}
              onDragStart={(e) => {
                setDragged(id);
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', id);
              }}
              onDragEnd={() => setDragged(null)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={onDrop(id)}
            >
              <span className="ranking__rank num" aria-hidden="true">
                {index + 1}
              </span>
              <span className="ranking__label" aria-hidden="true">
                {label}
              </span>
              <span className="ranking__share num" aria-hidden="true">
                {share}
              </span>
              <span className="ranking__buttons">
                <button
                  type="button"
                  className="btn btn--small"
                  data-move="up"
                  aria-label={`Move ${label} up`}
                  disabled={index === 0}
                  onClick={() => move(id, -1, 'up')}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="btn btn--small"
                  data-move="down"
                  aria-label={`Move ${label} down`}
                  disabled={index === ranking.length - 1}
                  onClick={() => move(id, 1, 'down')}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <button type="button" className="btn btn--small" onClick={() => apply(ranking)}>
        Use these ranking weights
      </button>
    </div>
  );
}
