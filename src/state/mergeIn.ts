import { mergeInto, type MergeSource } from './merge';
import { useWorkspaceStore, type EditResult } from './workspaceStore';

/**
 * Adds offers and profiles (new ids, clashing names suffixed) from an import or a share link, as
 * one undo step. Outside the store so the merge code loads with the views that use it.
 */
export function mergeIn(source: MergeSource): EditResult {
  const state = useWorkspaceStore.getState();
  return state.commit(mergeInto(state.workspace, source));
}
