import { render, screen } from '@testing-library/react';
import { App } from '@/app/App';
import { buildSharePayload, encodeShare } from '@/features/sharing/shareCodec';
import { sampleWorkspace } from '@/state/sample';
import { STORAGE_KEY, serializeWorkspace } from '@/state/storage';
import { useWorkspaceStore } from '@/state/workspaceStore';

beforeEach(() => {
  useWorkspaceStore.setState({
    workspace: sampleWorkspace(),
    past: [],
    future: [],
    readOnlyReason: null,
  });
});
afterEach(() => {
  window.location.hash = '';
});

describe('App shell', { timeout: 30_000 }, () => {
  it('loads the saved workspace and renders names with HTML as text', async () => {
    const ws = sampleWorkspace();
    const saved = {
      ...ws,
      sample: false,
      offers: ws.offers.map((o, i) =>
        i === 0 ? { ...o, name: '<script>alert(1)</script><b>Lab</b>' } : o,
      ),
    };
    localStorage.setItem(STORAGE_KEY, serializeWorkspace(saved));
    window.location.hash = '#/offers/offer-frontier';
    render(<App />);
    expect(
      (await screen.findAllByText('<script>alert(1)</script><b>Lab</b>', {}, { timeout: 10_000 }))
        .length,
    ).toBeGreaterThan(0);
    expect(document.querySelector('main b, main script')).toBeNull();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  it('renders a share link as the shared view, not Compare', async () => {
    const ws = sampleWorkspace();
    window.location.hash = `#/share/${await encodeShare(buildSharePayload(ws.offers.slice(0, 2), ws.profiles[0]!, [], {}))}`;
    render(<App />);
    expect(
      await screen.findByRole('heading', { name: 'Shared offers', level: 1 }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Add to my workspace' })).toBeInTheDocument();
    expect(document.title).toBe('Shared offers · OfferScope');
  });
});

describe('Finance choices in the address', () => {
  it('keep the chosen offer and years across a reload', { timeout: 30_000 }, async () => {
    const { default: userEvent } = await import('@testing-library/user-event');
    const user = userEvent.setup();
    window.location.hash = '#/finance';
    const first = render(<App />);
    await user.selectOptions(
      await screen.findByLabelText('Offer', {}, { timeout: 10_000 }),
      'offer-platform',
    );
    await user.selectOptions(screen.getByLabelText('Years'), '6');
    expect(window.location.hash).toBe('#/finance?offer=offer-platform&years=6');
    first.unmount();

    render(<App />); // as after a reload: the same address
    expect(await screen.findByLabelText('Offer', {}, { timeout: 10_000 })).toHaveValue(
      'offer-platform',
    );
    expect(screen.getByLabelText('Years')).toHaveValue('6');
    await user.selectOptions(screen.getByLabelText('Offer'), 'all');
    expect(window.location.hash).toBe('#/finance?years=6');
  });
});
