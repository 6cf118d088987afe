import { fireEvent, screen, within } from '@testing-library/react';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { useNoticeStore } from '@/state/notices';
import { renderOffers, storedOffer } from './renderOffers';

vi.setConfig({ testTimeout: 20_000 });

const dimensions = () => useWorkspaceStore.getState().workspace.dimensions;

describe('Rated dimensions', () => {
  it('adds a custom dimension that gets a slider on the offer', async () => {
    const { user } = renderOffers('offer-startup');
    await user.type(screen.getByLabelText('New dimension name'), 'Publication freedom{Enter}');
    expect(dimensions().map((d) => d.label)).toEqual(['Publication freedom']);
    expect(screen.getByLabelText('New dimension name')).toHaveValue('');
    const slider = screen.getByRole('slider', { name: 'Publication freedom' });
    expect(slider).toHaveValue('5');
    fireEvent.change(slider, { target: { value: '8' } });
    expect(storedOffer('offer-startup').ratings[dimensions()[0]!.id]).toBe(8);
  });

  it('refuses an empty name with a message', async () => {
    const { user } = renderOffers('offer-startup');
    await user.click(screen.getByRole('button', { name: 'Add dimension' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a name for the dimension');
    expect(dimensions()).toHaveLength(0);
  });

  it('renames and describes a custom dimension', async () => {
    const { user } = renderOffers('offer-startup');
    await user.type(screen.getByLabelText('New dimension name'), 'Remote{Enter}');
    const group = screen.getByRole('group', { name: 'Remote' });
    const name = within(group).getByLabelText('Name');
    await user.clear(name);
    expect(within(group).getByRole('alert')).toHaveTextContent('Is required');
    await user.type(name, 'Remote work');
    await user.type(
      within(screen.getByRole('group', { name: 'Remote work' })).getByLabelText(
        'High (7–10) means',
      ),
      'Fully remote',
    );
    expect(dimensions()[0]).toMatchObject({
      label: 'Remote work',
      anchors: { high: 'Fully remote' },
    });
    expect(screen.getByRole('slider', { name: 'Remote work' })).toBeInTheDocument();
  });

  it('removes a custom dimension with undo; built-ins cannot be removed', async () => {
    const { user } = renderOffers('offer-startup');
    await user.type(screen.getByLabelText('New dimension name'), 'Remote{Enter}');
    expect(screen.queryByRole('button', { name: /Remove Data access/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove Remote' }));
    expect(dimensions()).toHaveLength(0);
    expect(screen.queryByRole('slider', { name: 'Remote' })).not.toBeInTheDocument();
    const notice = useNoticeStore.getState().notices.at(-1)!;
    expect(notice.message).toBe('Removed "Remote"');
    notice.action!.run();
    expect(dimensions().map((d) => d.label)).toEqual(['Remote']);
  });
});
