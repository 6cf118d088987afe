import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BUILT_IN_DIMENSIONS, summarizeWorkspace } from '@/domain';
import CompareCharts from '@/features/compare/charts/CompareCharts';
import { sampleWorkspace } from '@/state/sample';
import { acme, beta, dimensions, summary } from './fixtures';

/** Picks a chart's tab, opens its "Show as table" alternative and returns its table. */
async function openTable(title: string): Promise<HTMLElement> {
  await userEvent.click(screen.getByRole('tab', { name: title }));
  const card = screen.getByRole('region', { name: title });
  await userEvent.click(within(card).getByText('Show as table'));
  return within(card).getByRole('table');
}

function rowCells(table: HTMLElement, header: string): string[] {
  const row = within(table).getByRole('rowheader', { name: header }).closest('tr')!;
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '');
}

describe('CompareCharts', () => {
  it('offers the four charts as tabs, each with a heading, a caption and a described drawing', async () => {
    render(<CompareCharts summary={summary} dimensions={dimensions} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Charts' })).toBeInTheDocument();
    const titles = [
      'Total comp per year',
      'Cumulative total comp',
      'Ratings',
      'Score contributions',
    ];
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(titles);
    for (const title of titles) {
      await userEvent.click(screen.getByRole('tab', { name: title }));
      expect(screen.getByRole('tab', { name: title })).toHaveAttribute('aria-selected', 'true');
      expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
      const card = screen.getByRole('region', { name: title });
      expect(within(card).getByRole('heading', { level: 3, name: title })).toBeInTheDocument();
      expect(within(card).getByRole('img')).toHaveAccessibleName(/Open the table for the figures/);
    }
  });

  it('lists every component of total comp by year, in the offer’s currency', async () => {
    render(<CompareCharts summary={summary} dimensions={dimensions} />);
    const table = await openTable('Total comp per year');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Offer and component', 'Year 1', 'Year 2', 'Year 3']);
    expect(rowCells(table, 'Acme: Base')).toEqual(['$100,000', '$103,000', '$106,090']);
    expect(rowCells(table, 'Acme: Sign-on')).toEqual(['$20,000', '$5,000', '$0']);
    expect(rowCells(table, 'Acme: Total comp')).toEqual(['$160,000', '$158,300', '$166,699']);
    // The EUR offer could not be computed: dashes, not zeros.
    expect(rowCells(table, 'Euro GmbH: Total comp')).toEqual(['—', '—', '—']);
  });

  it('lists the running total comp per offer', async () => {
    render(<CompareCharts summary={summary} dimensions={dimensions} />);
    const table = await openTable('Cumulative total comp');
    expect(rowCells(table, 'Year 3')).toEqual(['$484,999', '$450,000', '—']);
  });

  it('lists the ratings, marking those that count as 5 because they are not rated', async () => {
    render(<CompareCharts summary={summary} dimensions={dimensions} />);
    const table = await openTable('Ratings');
    expect(rowCells(table, 'Data access')).toEqual(['9', '3', '5 (not rated)']);
    expect(rowCells(table, 'Mentorship')).toEqual(['6', '5 (not rated)', '5 (not rated)']);
    expect(within(table).queryByRole('rowheader', { name: 'Cash' })).not.toBeInTheDocument();
  });

  it('lists score points by dimension in ranking order, marking a missed must-have and an unscored offer', async () => {
    render(<CompareCharts summary={summary} dimensions={dimensions} />);
    const table = await openTable('Score contributions');
    const offers = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(offers).toEqual(['Acme', 'Beta (misses a must-have)']);
    expect(rowCells(table, 'Acme')).toEqual(['30.0', '12.5', '20.0', '62.5']);
    const card = screen.getByRole('region', { name: 'Score contributions' });
    expect(
      within(card).getByText('Euro GmbH has no score: No exchange rate for EUR.'),
    ).toBeInTheDocument();
  });

  it('says money is not converted when offers use different currencies', () => {
    const { rerender } = render(<CompareCharts summary={summary} dimensions={dimensions} />);
    expect(screen.getByText(/different currencies \(USD, EUR\)/)).toBeInTheDocument();
    rerender(
      <CompareCharts
        summary={{ ...summary, offers: [acme, beta], ranking: [acme, beta] }}
        dimensions={dimensions}
      />,
    );
    expect(screen.queryByText(/different currencies/)).not.toBeInTheDocument();
  });

  it('says what to do when there are no offers', () => {
    render(
      <CompareCharts
        summary={{ horizonYears: 4, offers: [], ranking: [] }}
        dimensions={dimensions}
      />,
    );
    expect(screen.getByText('Add an offer to see its charts.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('draws the engine’s summary of the sample workspace when given room', async () => {
    // jsdom has no layout: report an 800×320 box so the charts know their size.
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private readonly callback: ResizeObserverCallback) {}
        observe(target: Element) {
          this.callback(
            [{ target, contentRect: { width: 800, height: 320 } } as ResizeObserverEntry],
            this as never,
          );
        }
        unobserve() {}
        disconnect() {}
      },
    );
    const ws = sampleWorkspace();
    const engineSummary = summarizeWorkspace(ws);
    const dims = BUILT_IN_DIMENSIONS.map((d) => ({ id: d.id, label: d.label }));
    const { container } = render(<CompareCharts summary={engineSummary} dimensions={dims} />);
    // One chart is drawn at a time: the selected tab's.
    await waitFor(() => expect(container.querySelectorAll('svg.recharts-surface')).toHaveLength(1));
    for (const offer of ws.offers)
      expect(screen.getAllByText(offer.name).length).toBeGreaterThanOrEqual(1);
    await userEvent.click(screen.getByRole('tab', { name: 'Ratings' }));
    await waitFor(() => expect(container.querySelector('.recharts-polar-grid')).not.toBeNull());
    expect(container.querySelectorAll('svg.recharts-surface')).toHaveLength(1);
    vi.unstubAllGlobals();
  }, 20_000); // Recharts lays out two charts: slow on a shared 2-core machine
});

describe('chart tabs', () => {
  it('move with the arrow keys, Home and End, keeping one tab in the tab order', async () => {
    render(<CompareCharts summary={summary} dimensions={dimensions} />);
    const first = screen.getByRole('tab', { name: 'Total comp per year' });
    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Cumulative total comp' })).toHaveFocus();
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Cumulative total comp');
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Score contributions' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await userEvent.keyboard('{ArrowRight}');
    expect(first).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}{Home}');
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(screen.getAllByRole('tab').filter((t) => t.tabIndex === 0)).toEqual([first]);
  });
});
