import { useCallback } from 'react';
import type { StoredProfile } from '@/domain';
import { selectActiveProfile, useWorkspaceStore, type EditResult } from '@/state/workspaceStore';

/**
 * The store's reason for rejecting an edit, as one line for the field that caused it. Schema
 * messages such as "is required" read after a subject, so a field may name itself.
 */
export function rejectionMessage(result: EditResult, subject?: string): string | null {
  if (result.ok) return null;
  const messages = [
    ...new Set(
      result.issues.map((issue) => (subject ? `${subject} ${issue.message}` : issue.message)),
    ),
  ];
  return `Not saved: ${messages.join('; ')}`;
}

export function useActiveProfile(): StoredProfile {
  return useWorkspaceStore(selectActiveProfile);
}

/** Edits the given profile through the store; returns the rejection message, or null when saved. */
export function useProfileEditor(profileId: string) {
  const updateProfile = useWorkspaceStore((s) => s.updateProfile);
  return useCallback(
    (change: (profile: StoredProfile) => StoredProfile, subject?: string) =>
      rejectionMessage(updateProfile(profileId, change), subject),
    [updateProfile, profileId],
  );
}
