import { useEffect, useRef, type ReactNode } from 'react';
import type { StoredOffer } from '@/domain';
import { useOfferEdit } from './useOfferEdit';
import { OfferSummary } from './OfferSummary';
import { OfferActions } from './OfferActions';
import { PaySection } from './PaySection';
import { BonusSection } from './BonusSection';
import { EquitySection } from './EquitySection';
import { BenefitsSection } from './BenefitsSection';
import { RatingsSection } from './RatingsSection';
import { BandSection } from './BandSection';
import { NotesSection } from './NotesSection';

export type EditorFocus = 'name' | 'heading';

interface Props {
  offer: StoredOffer;
  isBaseline: boolean;
  color: string;
  /** Where keyboard focus goes on opening: the name, selected (after add or duplicate), or the heading. */
  focus?: EditorFocus;
  onSelect: (id: string | null, focus?: EditorFocus) => void;
  /** Other features' fields (the tax location), shown after pay. */
  extensions?: ReactNode;
}

/** Every field of one offer, in sections; each edit goes through the store and is validated there. */
export function OfferEditor({ offer, isBaseline, color, focus, onSelect, extensions }: Props) {
  const edit = useOfferEdit(offer.id);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus === 'heading') headingRef.current?.focus();
  }, [focus]);
  return (
    <section className="offer-editor" aria-labelledby="offer-editor-title">
      <header className="offer-editor__head card">
        <h2 id="offer-editor-title" ref={headingRef} tabIndex={-1}>
          <span className="swatch" style={{ background: color }} aria-hidden="true" />
          {offer.name}
          {isBaseline ? (
            <span className="badge offer-editor__badge">Current job — baseline</span>
          ) : null}
        </h2>
        <OfferSummary offer={offer} />
        <OfferActions offer={offer} isBaseline={isBaseline} onSelect={onSelect} />
      </header>
      <div className="offer-editor__form">
        <PaySection offer={offer} edit={edit} autoSelectName={focus === 'name'} />
        {extensions}
        <BonusSection offer={offer} edit={edit} />
        <EquitySection offer={offer} edit={edit} />
        <BenefitsSection offer={offer} edit={edit} />
        <RatingsSection offer={offer} edit={edit} />
        <BandSection offer={offer} edit={edit} />
        <NotesSection offer={offer} edit={edit} />
      </div>
    </section>
  );
}
