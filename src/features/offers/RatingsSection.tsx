import { BUILT_IN_DIMENSIONS, DEFAULT_RATING, type StoredOffer } from '@/domain';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { RatingSlider } from './RatingSlider';
import { DimensionManager } from './DimensionManager';
import type { OfferEdit } from './useOfferEdit';

const BUILT_IN_RATED = BUILT_IN_DIMENSIONS.filter((d) => d.kind === 'rating');

/** One slider per rated dimension: the built-ins, then the user's own. */
export function RatingsSection({ offer, edit }: { offer: StoredOffer; edit: OfferEdit }) {
  const custom = useWorkspaceStore((s) => s.workspace.dimensions);
  const dimensions = [...BUILT_IN_RATED, ...custom];
  const setRating = (id: string, rating: number) =>
    edit((o) => ({ ...o, ratings: { ...o.ratings, [id]: rating } }));

  return (
    <fieldset>
      <legend>Ratings</legend>
      <p className="muted small">How this job rates, 0–10, on what you care about beyond pay.</p>
      <div className="offer-ratings">
        {dimensions.map((d) => (
          <RatingSlider
            key={d.id}
            label={d.label}
            description={d.description}
            anchors={d.anchors}
            rating={offer.ratings[d.id]}
            defaultRating={DEFAULT_RATING}
            onChange={(rating) => setRating(d.id, rating)}
          />
        ))}
      </div>
      <DimensionManager />
    </fieldset>
  );
}
