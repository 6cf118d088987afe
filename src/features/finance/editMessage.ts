import type { EditResult } from '@/state/workspaceStore';

/** The message to show next to a field when the store rejected the edit, else null. */
export function editMessage(result: EditResult): string | null {
  if (result.ok) return null;
  const first = result.issues[0];
  return first ? `Not saved: ${first.message}` : 'Not saved: invalid value';
}
