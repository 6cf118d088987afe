import { describe, expect, test, vi, beforeEach } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { sampleWorkspace } from '@/state/sample';
import { CompareView } from '@/features/compare/CompareView';

// These tests are about the ranking, words and table; the charts chunk has its own tests.
vi.mock('@/features/compare/charts/CompareCharts', () => ({ default: () => <p>Charts</p> }));

beforeEach(() => {
  useWorkspaceStore.setState({ workspace: sampleWorkspace(), past: [], future: [] });
  window.location.hash = '#/compare';
});

const ranking = () => within(screen.getByRole('region', { name: 'Ranking' }));
const rankedNames = () =>
  ranking()
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('cmp-ranking__item'))
    .map((li) => li.querySelector('.cmp-ranking__name')!.textContent);
const table = () => screen.getByRole('table', { name: 'Side-by-side figures per offer' });
/** The cell for a figure row (e.g. "Year 1: Base") and an offer column. */
function cellOf(rowName: string, offerName: string): HTMLElement {
  const headers = within(table()).getAllByRole('columnheader');
  const col = headers.findIndex((h) => h.textContent?.includes(offerName));
  const row = within(table()).getByRole('rowheader', { name: rowName }).closest('tr')!;
  return row.querySelectorAll('td')[col - 1] as HTMLElement;
}

describe('CompareView', { timeout: 15_000 }, () => {
  test('ranks the offers by score with the leader marked by a badge, not only color', () => {
    render(<CompareView />);
    expect(rankedNames()).toEqual([
      'Frontier lab — Research Scientist',
      'Public company — Staff ML Engineer, ML Platform',
      'Applied-AI startup — Founding ML Engineer',
      'Current job — Senior ML Engineer',
    ]);
    const items = ranking()
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('cmp-ranking__item'));
    expect(within(items[0]!).getByText('Leader')).toBeInTheDocument();
    expect(within(items[1]!).queryByText('Leader')).not.toBeInTheDocument();
    // Each bar's split is readable as text.
    expect(
      within(items[0]!).getByRole('list', { name: /Points by dimension for Frontier lab/ }),
    ).toHaveTextContent(/Data access: \d+\.\d points/);
  });

  test('marks an ineligible offer with the must-have it misses', () => {
    render(<CompareView />);
    const current = ranking().getByText('Current job — Senior ML Engineer').closest('li')!;
    expect(current).toHaveTextContent('Misses must-have: Base salary ≥ $220,000');
  });

  test('shows the error instead of a score when an offer cannot be scored', () => {
    const ws = sampleWorkspace();
    useWorkspaceStore.setState({
      workspace: {
        ...ws,
        offers: ws.offers.map((o) => (o.id === 'offer-startup' ? { ...o, currency: 'EUR' } : o)),
      },
    });
    render(<CompareView />);
    const startup = ranking().getByText('Applied-AI startup — Founding ML Engineer').closest('li')!;
    expect(startup).toHaveTextContent(/exchange rate from EUR/);
    expect(rankedNames().at(-1)).toBe('Applied-AI startup — Founding ML Engineer');
  });

  test('explains the lead in words, and flags a close call', async () => {
    const { unmount } = render(<CompareView />);
    const words = screen.getByRole('region', { name: 'In words' });
    expect(words).toHaveTextContent(
      /^In wordsFrontier lab — Research Scientist leads Public company — Staff ML Engineer, ML Platform by \d+\.\d points: [+−]\d+\.\d from /,
    );
    expect(within(words).queryByRole('status')).not.toBeInTheDocument();
    unmount();

    // A copy of the leader with half a point less data access: 100 × 0.2 × 0.05 = 1 point behind.
    const ws = sampleWorkspace();
    const lab = ws.offers[0]!;
    useWorkspaceStore.setState({
      workspace: {
        ...ws,
        offers: [
          lab,
          { ...lab, id: 'copy', name: 'Copy lab', ratings: { ...lab.ratings, data: 9.5 } },
        ],
        baselineOfferId: null,
      },
    });
    render(<CompareView />);
    const close = screen.getByRole('region', { name: 'In words' });
    expect(close).toHaveTextContent(
      'Frontier lab — Research Scientist leads Copy lab by 1.0 points: +1.0 from Data access.',
    );
    expect(within(close).getByRole('status')).toHaveTextContent(
      /Close call: the top two are within 2 points/,
    );
  });

  test('the table shows each figure with its signed delta against the baseline and its formula', async () => {
    render(<CompareView />);
    await screen.findByRole('table', { name: 'Side-by-side figures per offer' });
    const platformBase = cellOf('Year 1: Base', 'Public company');
    expect(platformBase).toHaveTextContent('$275,000 vs baseline +$60,000');
    expect(platformBase.querySelector('.delta--up')).not.toBeNull();
    const frontierBonus = cellOf('Year 1: Bonus', 'Frontier lab');
    expect(frontierBonus).toHaveTextContent('$0 vs baseline −$21,500');
    expect(frontierBonus.querySelector('.delta--down')).not.toBeNull();
    expect(cellOf('Year 1: Base', 'Current job')).toHaveTextContent(/^\$215,000$/);
    // The formula opens from the figure itself (a popover button: tap, click, Enter; Escape closes).
    const bonus = within(cellOf('Year 1: Bonus', 'Public company')).getByRole('button', {
      name: '$55,000, formula for Bonus (Year 1), Public company — Staff ML Engineer, ML Platform',
    });
    const popover = document.getElementById(bonus.getAttribute('popovertarget')!)!;
    expect(popover).toHaveAttribute('popover', 'auto');
    expect(cellOf('Year 1: Bonus', 'Public company')).not.toHaveAttribute('title');
    expect(cellOf('Over the horizon: Must-haves', 'Current job')).toHaveTextContent(
      'Misses Base salary ≥ $220,000',
    );
  });

  test('shows how robust the lead is: weight ranges and the break-even for the runner-up', async () => {
    render(<CompareView />);
    const robust = within(await screen.findByRole('region', { name: 'How robust is the lead?' }));
    const dataRow = robust.getByRole('rowheader', { name: 'Data access' }).closest('tr')!;
    expect(dataRow).toHaveTextContent(/^Data access20%\d+%\d+%$/);
    expect(
      robust.getByText(
        /Public company — Staff ML Engineer, ML Platform: no base raise can close the gap to Frontier lab/,
      ),
    ).toBeInTheDocument();
  });

  test('the equity outlook switch changes the equity figures and is kept in the URL', async () => {
    const user = userEvent.setup();
    render(<CompareView />);
    await screen.findByRole('table', { name: 'Side-by-side figures per offer' });
    const outlook = screen.getByRole('group', { name: 'Equity outlook' });
    expect(within(outlook).getByRole('radio', { name: 'Expected' })).toBeChecked();
    const expected = cellOf('Year 2: Equity', 'Frontier lab').querySelector(
      '.compare-table__value',
    )!.textContent;
    await user.click(within(outlook).getByRole('radio', { name: 'Optimistic' }));
    const optimistic = cellOf('Year 2: Equity', 'Frontier lab').querySelector(
      '.compare-table__value',
    )!.textContent;
    expect(optimistic).not.toBe(expected);
    expect(Number(optimistic!.replace(/\D/g, ''))).toBeGreaterThan(
      Number(expected!.replace(/\D/g, '')),
    );
    expect(window.location.hash).toBe('#/compare?outlook=optimistic');
    await user.click(within(outlook).getByRole('radio', { name: 'Conservative' }));
    const conservative = cellOf('Year 2: Equity', 'Frontier lab').querySelector(
      '.compare-table__value',
    )!.textContent;
    expect(Number(conservative!.replace(/\D/g, ''))).toBeLessThan(
      Number(expected!.replace(/\D/g, '')),
    );
    // Not part of the saved workspace.
    expect(JSON.stringify(useWorkspaceStore.getState().workspace)).not.toMatch(/conservative/);
  });

  test('Download CSV saves the table as a dated CSV file', async () => {
    const user = userEvent.setup();
    let saved: Blob | null = null;
    const create = vi.fn((blob: Blob) => ((saved = blob), 'blob:compare'));
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toMatch(/^offerscope-compare-\d{4}-\d{2}-\d{2}\.csv$/);
    });
    render(<CompareView />);
    await screen.findByRole('table', { name: 'Side-by-side figures per offer' });
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(click).toHaveBeenCalledOnce();
    const text = await saved!.text();
    expect(text.split('\r\n')[2]).toBe('Year 1: Base,340000,235000,275000,215000');
    click.mockRestore();
  });

  test('with no offers it says what to do, linking to a new offer in Offers', () => {
    useWorkspaceStore.getState().startEmpty();
    render(<CompareView />);
    expect(screen.getByRole('link', { name: 'Add your first offer' })).toHaveAttribute(
      'href',
      '#/offers/new',
    );
    expect(
      screen.queryByRole('table', { name: 'Side-by-side figures per offer' }),
    ).not.toBeInTheDocument();
  });

  test('with one offer it ranks it without comparison text', () => {
    const ws = sampleWorkspace();
    useWorkspaceStore.setState({
      workspace: { ...ws, offers: [ws.offers[0]!], baselineOfferId: null },
    });
    render(<CompareView />);
    expect(rankedNames()).toEqual(['Frontier lab — Research Scientist']);
    expect(screen.queryByRole('region', { name: 'In words' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'What it takes' })).not.toBeInTheDocument();
    expect(screen.queryByText('Leader')).not.toBeInTheDocument();
  });
});
