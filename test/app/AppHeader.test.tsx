import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppHeader } from '@/app/AppHeader';
import { sampleWorkspace } from '@/state/sample';
import { useWorkspaceStore } from '@/state/workspaceStore';

beforeEach(() =>
  useWorkspaceStore.setState({
    workspace: sampleWorkspace(),
    past: [],
    future: [],
    readOnlyReason: null,
  }),
);

describe('AppHeader', () => {
  it.each(['Workspace', 'Share'])(
    'opens the %s dialog and returns focus to its button on close',
    async (name) => {
      const user = userEvent.setup();
      render(<AppHeader current="compare" />);
      const opener = screen.getByRole('button', { name });
      await user.click(opener);
      // The dialogs live in their own lazily loaded chunk.
      const dialog = await screen.findByRole('dialog');
      expect(dialog).toHaveAttribute('open');
      expect(dialog).toHaveAccessibleName(name === 'Share' ? 'Share offers' : 'Workspace');
      await user.click(screen.getByRole('button', { name: 'Close' }));
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(opener).toHaveFocus();
    },
  );

  it('marks the current view and has Undo and Redo', () => {
    render(<AppHeader current="finance" />);
    expect(screen.getByRole('link', { name: 'Finance' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Redo' })).toBeDisabled();
  });
});
