import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StorageBanners } from '@/app/StorageBanners';
import * as download from '@/components/download';
import { usePersistenceStatus } from '@/state/persistence';
import { sampleWorkspace } from '@/state/sample';
import { useWorkspaceStore } from '@/state/workspaceStore';

beforeEach(() => {
  usePersistenceStatus.setState({ recovered: null, saveError: null });
  useWorkspaceStore.setState({
    workspace: sampleWorkspace(),
    past: [],
    future: [],
    readOnlyReason: null,
  });
});

describe('StorageBanners', () => {
  it('shows nothing when saving works', () => {
    const { container } = render(<StorageBanners />);
    expect(container).toBeEmptyDOMElement();
  });

  it('announces unreadable data and offers the backup as a download', async () => {
    const spy = vi.spyOn(download, 'downloadText').mockImplementation(() => undefined);
    usePersistenceStatus.setState({
      recovered: {
        reason: 'it is not valid JSON',
        backupKey: 'offerscope:workspace:backup',
        raw: '{broken',
      },
    });
    render(<StorageBanners />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your saved workspace could not be read (it is not valid JSON)',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('kept as a backup');
    await userEvent.click(screen.getByRole('button', { name: 'Download the backup' }));
    expect(spy).toHaveBeenCalledWith(
      expect.stringMatching(/^offerscope-unreadable-backup-\d{4}-\d{2}-\d{2}\.json$/),
      '{broken',
      'application/json',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('announces a failed save and exports the in-memory workspace', async () => {
    const spy = vi.spyOn(download, 'downloadText').mockImplementation(() => undefined);
    render(<StorageBanners />);
    act(() =>
      usePersistenceStatus.setState({
        saveError: 'Browser storage is full, so your latest changes are not saved.',
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not saved. Browser storage is full',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export workspace' }));
    await waitFor(() => expect(spy).toHaveBeenCalled()); // export code loads on demand
    const [filename, text] = spy.mock.calls[0]!;
    expect(filename).toMatch(/^offerscope-workspace-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(text).workspace.offers).toHaveLength(4);
  });

  it('says when the tab is read-only', async () => {
    useWorkspaceStore.setState({ readOnlyReason: 'This tab runs an older version.' });
    render(<StorageBanners />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Read-only tab. This tab runs an older version.',
    );
  });
});
