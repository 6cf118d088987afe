import type { EditResult } from '@/state/workspaceStore';

/** The message to show next to a field when the store rejects an edit; null when it was applied. */
export function editMessage(result: EditResult): string | null {
  if (result.ok) return null;
  const messages = [...new Set(result.issues.map((issue) => issue.message))];
  const text = messages.join('; ') || 'This value was not accepted';
  return text.charAt(0).toUpperCase() + text.slice(1);
}
