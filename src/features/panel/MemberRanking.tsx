import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { StoredPanelMember } from '@/domain';
import {
  completeRanking,
  formatWeightShare,
  moveItem,
  rankingWeights,
} from '@/components/weights/weightMath';
import type { PanelDimension } from './panelModel';
import { useMemberEditor } from './memberEdits';

type FocusTarget = { id: string; part: 'row' | 'up' | 'down' };

/**
 * The member's ranking, most important first, reordered as on the candidate's own ranking: Move
 * buttons, arrow keys on a focused row, or drag and drop. Rank-order-centroid weights follow.
 */
export function MemberRanking({
  panelId,
  member,
  dimensions,
}: {
  panelId: string;
  member: StoredPanelMember;
  dimensions: PanelDimension[];
}) {
  const edit = useMemberEditor(panelId, member.id);
  const ids = dimensions.map((d) => d.id);
  const ranking = completeRanking(member.ranking, ids, member.weights);
  const shares = rankingWeights(ranking);
  const [error, setError] = useState<string | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const focusAfter = useRef<FocusTarget | null>(null);
  const label = (id: string) => dimensions.find((d) => d.id === id)?.label ?? id;
  const helpId = `panel-ranking-help-${member.id}`;

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

  const apply = (next: string[]) =>
    setError(edit((m) => ({ ...m, ranking: next, method: 'rank' })));
  const move = (id: string, delta: number, part: FocusTarget['part']) => {
    const from = ranking.indexOf(id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= ranking.length) return;
    focusAfter.current = { id, part };
    apply(moveItem(ranking, from, to));
  };
  const onKeyDown = (id: string) => (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget) return;
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
      <p className="muted small" id={helpId}>
        Most important first. Focus a row and use the arrow keys, the Move buttons, or drag a row.
      </p>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <ol
        className="ranking__list"
        ref={listRef}
        aria-label={`${member.name}'s ranking, most important first`}
      >
        {ranking.map((id, index) => {
          const share = formatWeightShare((shares[id] ?? 0) / 100);
          return (
            <li
              key={id}
              data-dimension={id}
              className={`ranking__item${dragged === id ? ' ranking__item--dragging' : ''}`}
              tabIndex={0}
              draggable
              aria-label={`${index + 1}. ${label(id)}, ${share}`}
              aria-describedby={helpId}
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
                {label(id)}
              </span>
              <span className="ranking__share num" aria-hidden="true">
                {share}
              </span>
              <span className="ranking__buttons">
                {(['up', 'down'] as const).map((part) => (
                  <button
                    key={part}
                    type="button"
                    className="btn btn--small"
                    data-move={part}
                    aria-label={`Move ${label(id)} ${part}`}
                    disabled={part === 'up' ? index === 0 : index === ranking.length - 1}
                    onClick={() => move(id, part === 'up' ? -1 : 1, part)}
                  >
                    {part === 'up' ? '↑' : '↓'}
                  </button>
                ))}
              </span>
            </li>
          );
        })}
      </ol>
      {member.method !== 'rank' ? (
        <button type="button" className="btn btn--small" onClick={() => apply(ranking)}>
          Use this ranking
        </button>
      ) : null}
    </div>
  );
}
