import type { StoredOffer } from '@/domain';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { showNotice } from '@/state/notices';
import type { EditorFocus } from './OfferEditor';

interface Props {
  offer: StoredOffer;
  isBaseline: boolean;
  /** Selects an offer (null: none left) and says where keyboard focus goes. */
  onSelect: (id: string | null, focus?: EditorFocus) => void;
}

/** Duplicate as a scenario, delete with undo, and mark as the baseline every comparison uses. */
export function OfferActions({ offer, isBaseline, onSelect }: Props) {
  const duplicateOffer = useWorkspaceStore((s) => s.duplicateOffer);
  const removeOffer = useWorkspaceStore((s) => s.removeOffer);
  const setBaseline = useWorkspaceStore((s) => s.setBaseline);

  const duplicate = () => {
    const id = duplicateOffer(offer.id, 'scenario');
    if (id) onSelect(id, 'name');
    else
      showNotice({
        message: 'Could not duplicate: a workspace holds at most 50 offers',
        tone: 'error',
      });
  };
  const remove = () => {
    const offers = useWorkspaceStore.getState().workspace.offers;
    const index = offers.findIndex((o) => o.id === offer.id);
    const neighbor = offers[index + 1] ?? offers[index - 1];
    removeOffer(offer.id);
    // Focus lands on the next offer's heading instead of being lost with the deleted editor.
    onSelect(neighbor?.id ?? null, 'heading');
    showNotice({
      message: `Deleted "${offer.name}"`,
      action: { label: 'Undo', run: () => useWorkspaceStore.getState().undo() },
    });
  };

  return (
    <div className="btn-row offer-actions">
      <button
        type="button"
        className="btn btn--small"
        onClick={duplicate}
        title="Copy this offer as a scenario to try other numbers"
      >
        Duplicate
      </button>
      {/* One button whose label says what a press does; the heading says what the offer is. */}
      <button
        type="button"
        className="btn btn--small"
        onClick={() => setBaseline(isBaseline ? null : offer.id)}
      >
        {isBaseline ? 'Unmark as current job' : 'Mark as current job (baseline)'}
      </button>
      <button type="button" className="btn btn--small btn--danger" onClick={remove}>
        Delete
      </button>
    </div>
  );
}
