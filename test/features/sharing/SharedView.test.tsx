import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SharedView } from '@/features/sharing/SharedView';
import { OutsideDataBoundary } from '@/features/sharing/OutsideDataBoundary';
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

describe('SharedView, issue 9 and 10', () => {
  it('ranks the shared offers as Compare does, leader first', async () => {
    const ws = sampleWorkspace();
    // Entry order: the current job first; it is not the leader under the research profile.
    const offers = [ws.offers[3]!, ws.offers[1]!, ws.offers[0]!];
    const encoded = await encodeShare(buildSharePayload(offers, ws.profiles[1]!, [], ws.fxRates));
    render(<SharedView encoded={encoded} onAdded={() => undefined} />);
    await screen.findByRole('table');
    const rows = screen.getAllByRole('row').slice(1);
    const scores = rows.map((r) => Number(r.querySelectorAll('td')[1]!.textContent));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(rows[0]).toHaveTextContent(/^1/);
  });

  it('a link that repeats an offer id is explained, never a blank page', async () => {
    const ws = sampleWorkspace();
    const payload = buildSharePayload(ws.offers.slice(0, 2), ws.profiles[0]!, [], {});
    payload.offers[1] = { ...payload.offers[1]!, id: payload.offers[0]!.id };
    render(<SharedView encoded={await encodeShare(payload)} onAdded={() => undefined} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/must be unique/);
    expect(screen.getByRole('alert')).toHaveTextContent('Your own workspace is unchanged.');
  });

  it('outside data that breaks a render shows a message inside the boundary', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Broken = () => {
      throw new Error('offers[1].id: must be unique');
    };
    render(
      <OutsideDataBoundary what="This share link">
        <Broken />
      </OutsideDataBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This share link cannot be shown. Its data is not usable (offers[1].id: must be unique).',
    );
  });
});
