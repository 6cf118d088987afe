import { useEffect, useRef, useState } from 'react';
import type { StoredOffer } from '@/domain';
import { offerColor } from '@/components/offerColors';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { offerHref } from './offerHref';

interface Props {
  offers: readonly StoredOffer[];
  selectedId: string | undefined;
  baselineId: string | null;
  onSelect: (id: string) => void;
  onAdd: () => void;
}

/** The offers in workspace order (which fixes their colors), with keyboard-accessible reordering. */
export function OfferList({ offers, selectedId, baselineId, onSelect, onAdd }: Props) {
  const moveOffer = useWorkspaceStore((s) => s.moveOffer);
  const listRef = useRef<HTMLOListElement>(null);
  // Reordering moves DOM nodes, which drops focus; put it back on the moved offer's button.
  const [refocus, setRefocus] = useState<{ id: string; dir: 'up' | 'down' } | null>(null);
  useEffect(() => {
    if (!refocus || !listRef.current) return;
    const buttons = [
      ...listRef.current.querySelectorAll<HTMLButtonElement>('button[data-offer-id]'),
    ].filter((b) => b.dataset.offerId === refocus.id);
    const same = buttons.find((b) => b.dataset.dir === refocus.dir && !b.disabled);
    (same ?? buttons.find((b) => !b.disabled))?.focus();
    setRefocus(null);
  }, [refocus, offers]);
  const move = (id: string, dir: 'up' | 'down') => {
    moveOffer(id, dir === 'up' ? -1 : 1);
    setRefocus({ id, dir });
  };
  return (
    <nav className="offer-list card" aria-label="Offers">
      <div className="offer-list__head">
        <h2>Your offers</h2>
        <button type="button" className="btn btn--small btn--primary" onClick={onAdd}>
          Add offer
        </button>
      </div>
      <ol ref={listRef}>
        {offers.map((offer, index) => (
          <li
            key={offer.id}
            className={
              offer.id === selectedId
                ? 'offer-list__item offer-list__item--selected'
                : 'offer-list__item'
            }
          >
            <span className="swatch" style={{ background: offerColor(index) }} aria-hidden="true" />
            <a
              href={offerHref(offer.id)}
              aria-current={offer.id === selectedId ? 'page' : undefined}
              className="offer-list__link"
              onClick={() => onSelect(offer.id)}
            >
              <span className="offer-list__name">{offer.name}</span>
              {offer.company ? (
                <span className="offer-list__company muted small">{offer.company}</span>
              ) : null}
              {offer.id === baselineId ? (
                <span className="badge offer-list__badge">Baseline</span>
              ) : null}
            </a>
            <span className="offer-list__move">
              <button
                type="button"
                className="btn btn--small offer-move-btn"
                aria-label={`Move ${offer.name} up`}
                disabled={index === 0}
                data-offer-id={offer.id}
                data-dir="up"
                onClick={() => move(offer.id, 'up')}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                type="button"
                className="btn btn--small offer-move-btn"
                aria-label={`Move ${offer.name} down`}
                disabled={index === offers.length - 1}
                data-offer-id={offer.id}
                data-dir="down"
                onClick={() => move(offer.id, 'down')}
              >
                <span aria-hidden="true">↓</span>
              </button>
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
