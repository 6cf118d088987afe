import { render, screen, within } from '@testing-library/react';
import { parseOffer, parseWorkspace, WORKSPACE_VERSION, type Workspace } from '@/domain';
import { ExitValuesPanel } from '@/features/outcomes/ExitValuesPanel';

const M = 1_000_000;
function workspace(): Workspace {
  const ws = parseWorkspace({
    schemaVersion: WORKSPACE_VERSION,
    profiles: [{ id: 'p', name: 'Me' }],
    activeProfileId: 'p',
  });
  ws.offers = [
    parseOffer({
      id: 'o1',
      name: 'Startup',
      cash: { base: 150_000 },
      equity: {
        type: 'rsu',
        shares: 50_000,
        sharePrice: 5,
        liquidity: 'private',
        fullyDilutedShares: 10 * M,
        capTable: { commonShares: 7 * M, series: [{ name: 'A', shares: 3 * M, invested: 20 * M }] },
      },
    }),
    parseOffer({
      id: 'o2',
      name: 'Public',
      cash: { base: 200_000 },
      equity: { type: 'rsu', shares: 10 },
    }),
  ];
  return ws;
}

describe('ExitValuesPanel', () => {
  it('shows each private offer with its preferences in words, a chart and a table', () => {
    render(<ExitValuesPanel workspace={workspace()} />);
    const panel = screen.getByRole('region', { name: 'Exit values' });
    expect(within(panel).getByRole('heading', { name: 'Startup' })).toBeInTheDocument();
    expect(within(panel).queryByRole('heading', { name: 'Public' })).toBeNull();
    expect(
      within(panel).getByText(/Preferences ahead of you: \$20M\. Below a \$20M exit/),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('img', { name: /Net value of Startup/ })).toBeInTheDocument();
    const table = within(panel).getByRole('table', { name: /Exit values of Startup/ });
    // today $50M: A converts? 3/10.05 × 50 = 14.9 < 20, holds; p = 30/7.05M
    expect(within(table).getAllByRole('row')).toHaveLength(5);
  });
  it('renders nothing without private equity', () => {
    const ws = workspace();
    ws.offers = ws.offers.slice(1);
    const { container } = render(<ExitValuesPanel workspace={ws} />);
    expect(container).toBeEmptyDOMElement();
  });
});
