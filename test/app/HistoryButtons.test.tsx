import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HistoryButtons, useHistoryShortcuts } from '@/app/HistoryButtons';
import { sampleWorkspace } from '@/state/sample';
import { useWorkspaceStore } from '@/state/workspaceStore';

const store = useWorkspaceStore;
const name = () => store.getState().workspace.offers[0]!.name;
const rename = (value: string) =>
  store.getState().updateOffer('offer-frontier', (o) => ({ ...o, name: value }));

function Harness() {
  useHistoryShortcuts();
  return <HistoryButtons />;
}

beforeEach(() =>
  store.setState({ workspace: sampleWorkspace(), past: [], future: [], readOnlyReason: null }),
);

describe('HistoryButtons', () => {
  it('are disabled with nothing to undo or redo, and undo and redo edits', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Redo' })).toBeDisabled();
    act(() => void rename('Edited'));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(name()).toBe('Frontier lab — Research Scientist');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(name()).toBe('Edited');
  });

  it.each([
    ['Ctrl+Z / Ctrl+Shift+Z', '{Control>}z{/Control}', '{Control>}{Shift>}z{/Shift}{/Control}'],
    ['Cmd+Z / Cmd+Shift+Z', '{Meta>}z{/Meta}', '{Meta>}{Shift>}Z{/Shift}{/Meta}'],
    ['Ctrl+Z / Ctrl+Y', '{Control>}z{/Control}', '{Control>}y{/Control}'],
  ])('%s undo and redo from the keyboard', async (_keys, undoKeys, redoKeys) => {
    const user = userEvent.setup();
    render(<Harness />);
    act(() => void rename('Edited'));
    await user.keyboard(undoKeys);
    expect(name()).toBe('Frontier lab — Research Scientist');
    await user.keyboard(redoKeys);
    expect(name()).toBe('Edited');
  });
});
