import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ShareDialog } from '@/features/sharing/ShareDialog';
import { decodeShare } from '@/features/sharing/shareCodec';
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

const payloadOf = (link: string) => decodeShare(link.split('#/share/')[1]!);

describe('ShareDialog', () => {
  it('warns about pay figures and shows a read-only link to the chosen offers and profile', async () => {
    render(<ShareDialog onClose={() => undefined} />);
    expect(screen.getByRole('note')).toHaveTextContent('This link contains pay figures');
    const field = screen.getByLabelText<HTMLInputElement>('Share link');
    expect(field).toHaveAttribute('readonly');
    await waitFor(() => expect(field.value).toContain('#/share/'));
    const payload = await payloadOf(field.value);
    expect(payload.offers.map((o) => o.id)).toEqual([
      'offer-frontier',
      'offer-startup',
      'offer-platform',
    ]);
    expect(payload.profile.id).toBe('profile-balanced');

    await userEvent.click(screen.getByLabelText('Applied-AI startup — Founding ML Engineer'));
    await userEvent.selectOptions(screen.getByLabelText('Priorities to share'), 'profile-research');
    await waitFor(async () => {
      const next = await payloadOf(field.value);
      expect(next.offers.map((o) => o.id)).toEqual(['offer-frontier', 'offer-platform']);
      expect(next.profile.id).toBe('profile-research');
    });
  });

  it('copies the link', async () => {
    const user = userEvent.setup();
    render(<ShareDialog onClose={() => undefined} />);
    const field = screen.getByLabelText<HTMLInputElement>('Share link');
    await waitFor(() => expect(field.value).toContain('#/share/'));
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(field.value);
    expect(screen.getByText('Link copied.')).toBeInTheDocument();
  });

  it('offers no link when no offer is chosen', async () => {
    render(<ShareDialog onClose={() => undefined} />);
    for (const name of [
      'Frontier lab — Research Scientist',
      'Applied-AI startup — Founding ML Engineer',
      'Public company — Staff ML Engineer, ML Platform',
    ]) {
      await userEvent.click(screen.getByLabelText(name));
    }
    await waitFor(() => expect(screen.getByLabelText('Share link')).toHaveValue(''));
    expect(screen.getByRole('button', { name: 'Copy' })).toBeDisabled();
  });
});
