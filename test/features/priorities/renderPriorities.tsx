import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PrioritiesView } from '@/features/priorities/PrioritiesView';
import { useNoticeStore } from '@/state/notices';
import { selectActiveProfile, sampleWorkspace, useWorkspaceStore } from '@/state/workspaceStore';

/** Fresh sample workspace (active profile: "Balanced (sample)"), no notices, then the view. */
export function renderPriorities() {
  useWorkspaceStore.setState({ workspace: sampleWorkspace(), past: [], future: [] });
  useNoticeStore.setState({ notices: [] });
  const user = userEvent.setup();
  return { user, ...render(<PrioritiesView />) };
}

export const activeProfile = () => selectActiveProfile(useWorkspaceStore.getState());
