import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OffersView } from '@/features/offers/OffersView';
import { sampleWorkspace, useWorkspaceStore } from '@/state/workspaceStore';
import { useNoticeStore } from '@/state/notices';

/** Fresh sample workspace, no notices, and the Offers view open on one offer. */
export function renderOffers(selectedId?: string) {
  useWorkspaceStore.setState({ workspace: sampleWorkspace(), past: [], future: [] });
  useNoticeStore.setState({ notices: [] });
  window.location.hash = '';
  const user = userEvent.setup();
  return { user, ...render(<OffersView selectedId={selectedId} />) };
}

export const storedOffer = (id: string) => {
  const offer = useWorkspaceStore.getState().workspace.offers.find((o) => o.id === id);
  if (!offer) throw new Error(`no offer ${id}`);
  return offer;
};
