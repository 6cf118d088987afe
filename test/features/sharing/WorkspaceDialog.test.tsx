import { render, screen, within } from '@testing-library/react';
import { WORKSPACE_VERSION } from '@/domain';
import userEvent from '@testing-library/user-event';
import * as download from '@/components/download';
import { WorkspaceDialog } from '@/features/sharing/WorkspaceDialog';
import { useNoticeStore } from '@/state/notices';
import { sampleWorkspace } from '@/state/sample';
import { exportText } from '@/state/workspaceFile';
import { useWorkspaceStore } from '@/state/workspaceStore';

const store = useWorkspaceStore;
const file = (text: string, name = 'workspace.json') =>
  new File([text], name, { type: 'application/json' });

beforeEach(() => {
  store.setState({ workspace: sampleWorkspace(), past: [], future: [], readOnlyReason: null });
  useNoticeStore.setState({ notices: [] });
});

function renderDialog() {
  const onClose = vi.fn();
  render(<WorkspaceDialog onClose={onClose} />);
  return { onClose, dialog: screen.getByRole('dialog', { name: 'Workspace' }) };
}

describe('WorkspaceDialog', () => {
  it('exports the workspace as a dated JSON file', async () => {
    const spy = vi.spyOn(download, 'downloadText').mockImplementation(() => undefined);
    renderDialog();
    await userEvent.click(screen.getByRole('button', { name: 'Export workspace' }));
    const [name, text, mime] = spy.mock.calls[0]!;
    expect(name).toMatch(/^offerscope-workspace-\d{4}-\d{2}-\d{2}\.json$/);
    expect(mime).toBe('application/json');
    expect(JSON.parse(text)).toMatchObject({
      format: 'offerscope-workspace',
      schemaVersion: WORKSPACE_VERSION,
      workspace: { offers: expect.any(Array) },
    });
  });

  it('lists the bad fields of an invalid file by path and changes nothing', async () => {
    renderDialog();
    const before = store.getState().workspace;
    const bad = JSON.parse(exportText(sampleWorkspace()));
    bad.workspace.offers[1].cash.base = -5;
    await userEvent.upload(screen.getByLabelText('Workspace file'), file(JSON.stringify(bad)));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('offers[1].cash.base: must be ≥ 0');
    expect(screen.queryByRole('button', { name: 'Replace my workspace' })).not.toBeInTheDocument();
    expect(store.getState().workspace).toBe(before);
  });

  it('refuses a file that is not JSON', async () => {
    renderDialog();
    await userEvent.upload(screen.getByLabelText('Workspace file'), file('<html>'));
    expect(await screen.findByRole('alert')).toHaveTextContent('not valid JSON');
  });

  it('merges a valid file, with suffixed names, as one undoable step', async () => {
    const { onClose } = renderDialog();
    await userEvent.upload(
      screen.getByLabelText('Workspace file'),
      file(exportText(sampleWorkspace())),
    );
    expect(await screen.findByText(/Ready: 4 offers, 2 profiles/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Merge into my workspace' }));
    expect(store.getState().workspace.offers).toHaveLength(8);
    expect(store.getState().workspace.offers[4]!.name).toBe('Frontier lab — Research Scientist 2');
    expect(onClose).toHaveBeenCalled();
    expect(useNoticeStore.getState().notices[0]).toMatchObject({
      message: 'Added 4 offers and 2 profiles.',
      action: { label: 'Undo' },
    });
    useNoticeStore.getState().notices[0]!.action!.run();
    expect(store.getState().workspace.offers).toHaveLength(4);
  });

  it('replaces the workspace when asked', async () => {
    renderDialog();
    const other = { ...sampleWorkspace(), offers: [], baselineOfferId: null, sample: false };
    await userEvent.upload(screen.getByLabelText('Workspace file'), file(exportText(other)));
    await userEvent.click(await screen.findByRole('button', { name: 'Replace my workspace' }));
    expect(store.getState().workspace.offers).toHaveLength(0);
  });

  it('starts empty or loads the sample, undoably', async () => {
    const { dialog } = renderDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start empty' }));
    expect(store.getState().workspace.offers).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Load sample' }));
    expect(store.getState().workspace.offers).toHaveLength(4);
    expect(store.getState().past).toHaveLength(2);
  });

  it('closes with the Close button', async () => {
    const { onClose } = renderDialog();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });
});
