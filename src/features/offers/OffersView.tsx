import { useEffect, useState, type ReactNode } from 'react';
import type { StoredOffer } from '@/domain';
import { offerColor } from '@/components/offerColors';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { ExchangeRates } from './ExchangeRates';
import { OfferList } from './OfferList';
import { OfferEditor, type EditorFocus } from './OfferEditor';
import { NEW_OFFER_PARAM, isNewOfferHash, offerHref } from './offerHref';
import './offers.css';

/** Offers: the list on one side, the selected offer's editor on the other. */
export function OffersView({
  selectedId,
  editorExtensions,
}: {
  selectedId?: string;
  /** Other features' fields for the offer editor (e.g. the tax location), passed in by the app. */
  editorExtensions?: (offer: StoredOffer) => ReactNode;
}) {
  const offers = useWorkspaceStore((s) => s.workspace.offers);
  const baselineId = useWorkspaceStore((s) => s.workspace.baselineOfferId);
  const addOffer = useWorkspaceStore((s) => s.addOffer);

  // The route decides the selection; a local copy keeps it working where no router listens.
  const [picked, setPicked] = useState(selectedId);
  const [routeSeen, setRouteSeen] = useState(selectedId);
  const [focus, setFocus] = useState<{ id: string; target: EditorFocus } | null>(null);
  if (routeSeen !== selectedId) {
    setRouteSeen(selectedId);
    setPicked(selectedId);
  }

  const select = (id: string | null, target?: EditorFocus) => {
    setPicked(id ?? undefined);
    setFocus(id && target ? { id, target } : null);
    window.location.hash = id ? offerHref(id) : '#/offers';
  };
  const add = () => {
    const id = addOffer();
    if (id) select(id, 'name');
  };

  // #/offers/new (Compare's "Add your first offer") adds an offer and opens it for naming. The
  // route is replaced by the new offer's, so a reload or Back does not add another.
  useEffect(() => {
    if (selectedId !== NEW_OFFER_PARAM || !isNewOfferHash(window.location.hash)) return;
    const id = addOffer();
    setPicked(id || undefined);
    setFocus(id ? { id, target: 'name' } : null);
    window.location.replace(id ? offerHref(id) : '#/offers');
  }, [selectedId, addOffer]);

  const index = Math.max(
    0,
    offers.findIndex((o) => o.id === picked),
  );
  const selected = offers[index];

  return (
    <div className="offers-view">
      <div className="view-header">
        <h1>Offers</h1>
        <p className="muted small">
          Enter each offer once; Compare, Priorities and Finance all read from here.
        </p>
      </div>
      {selected ? (
        <div className="offers-layout">
          <OfferList
            offers={offers}
            selectedId={selected.id}
            baselineId={baselineId}
            onSelect={(id) => select(id)}
            onAdd={add}
          />
          <OfferEditor
            key={selected.id}
            offer={selected}
            isBaseline={selected.id === baselineId}
            color={offerColor(index)}
            focus={focus?.id === selected.id ? focus.target : undefined}
            onSelect={select}
            extensions={editorExtensions?.(selected)}
          />
        </div>
      ) : (
        <div className="empty-state">
          <h2>No offers yet</h2>
          <p>
            Add an offer and type in its pay, equity and how it rates on scope, data, roadmap and AI
            commitment.
          </p>
          <p>
            Add your current job too and mark it as the baseline, so every comparison shows what
            changes.
          </p>
          <button type="button" className="btn btn--primary" onClick={add}>
            Add offer
          </button>
        </div>
      )}
      <ExchangeRates />
    </div>
  );
}
