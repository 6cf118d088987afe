import { useCallback } from 'react';
import type { StoredOffer } from '@/domain';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { editMessage } from './editMessage';

/** An offer edit: returns the store's message when it rejects the edit, else null. */
export type OfferEdit = (change: (offer: StoredOffer) => StoredOffer) => string | null;

export function useOfferEdit(id: string): OfferEdit {
  const updateOffer = useWorkspaceStore((s) => s.updateOffer);
  return useCallback((change) => editMessage(updateOffer(id, change)), [id, updateOffer]);
}
