import { useCallback } from 'react';
import type { StoredPanelMember } from '@/domain';
import type { EditResult } from '@/state/workspaceStore';
import { panelEdits } from '@/state/panelActions';

/** The store's reason for refusing an edit, as one line next to the control; null when saved. */
export function refusal(result: EditResult): string | null {
  if (result.ok) return null;
  return `Not saved: ${[...new Set(result.issues.map((i) => i.message))].join('; ')}`;
}

/** Edits one member through the store (one undo step, revisions kept); the refusal or null. */
export function useMemberEditor(panelId: string, memberId: string) {
  const update = panelEdits.updatePanelMember;
  return useCallback(
    (change: (member: StoredPanelMember) => StoredPanelMember) =>
      refusal(update(panelId, memberId, change)),
    [update, panelId, memberId],
  );
}
