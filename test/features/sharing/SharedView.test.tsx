import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SharedView } from '@/features/sharing/SharedView';
import { buildSharePayload, encodeShare } from '@/features/sharing/shareCodec';
import { sampleWorkspace } from '@/state/sample';
import { useWorkspaceStore } from '@/state/workspaceStore';

const store = useWorkspaceStore;
beforeEach(() =>
  store.setState({ workspace: sampleWorkspace(), past: [], future: [], readOnlyReason: null }),
);

async function link(nameOfFirst = 'Frontier lab — Research Scientist') {
  const ws = sampleWorkspace();
  const offers = [{ ...ws.offers[0]!, name: nameOfFirst }, ws.offers[1]!];
  return encodeShare(buildSharePayload(offers, ws.profiles[1]!, ws.dimensions, ws.fxRates));
}

describe('SharedView', () => {
  it('shows the shared offers read-only, scored under the shared profile', async () => {
    render(<SharedView encoded={await link()} onAdded={() => undefined} />);
    const table = await screen.findByRole('table');
    expect(
      screen.getByRole('heading', {
        name: /Scored for “Research-focused \(sample\)” over 4 years/,
      }),
    ).toBeInTheDocument();
    expect(table).toHaveTextContent('Frontier lab — Research Scientist');
    expect(table).toHaveTextContent('$340,000');
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(screen.getByRole('note')).toHaveTextContent('Read-only');
  });

  it('adds them to the workspace next to the user’s own offers, never replacing any', async () => {
    const onAdded = vi.fn();
    const before = store.getState().workspace;
    render(<SharedView encoded={await link()} onAdded={onAdded} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Add to my workspace' }));
    const { offers, profiles } = store.getState().workspace;
    expect(offers.slice(0, 4)).toEqual(before.offers);
    expect(offers.slice(4).map((o) => o.name)).toEqual([
      'Frontier lab — Research Scientist 2',
      'Applied-AI startup — Founding ML Engineer 2',
    ]);
    expect(profiles.at(-1)!.name).toBe('Research-focused (sample) 2');
    expect(onAdded).toHaveBeenCalled();
  });

  it('renders names with HTML as text', async () => {
    render(
      <SharedView
        encoded={await link('<img src=x onerror=alert(1)>Lab')}
        onAdded={() => undefined}
      />,
    );
    expect(await screen.findByText('<img src=x onerror=alert(1)>Lab')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('explains a truncated link and leaves the workspace alone', async () => {
    const encoded = await link();
    const before = store.getState().workspace;
    render(<SharedView encoded={encoded.slice(0, 60)} onAdded={() => undefined} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('This share link cannot be opened');
    expect(screen.queryByRole('button', { name: 'Add to my workspace' })).not.toBeInTheDocument();
    expect(store.getState().workspace).toBe(before);
  });
});
