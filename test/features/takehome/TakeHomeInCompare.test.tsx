import { beforeEach, describe, expect, test, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { sampleWorkspace } from '@/state/sample';
import { CompareView } from '@/features/compare/CompareView';
import { compareExtensions, compareSlots } from '@/app/extensions';

vi.mock('@/features/compare/charts/CompareCharts', () => ({ default: () => <p>Charts</p> }));

beforeEach(() => {
  useWorkspaceStore.setState({ workspace: sampleWorkspace(), past: [], future: [] });
  window.location.hash = '#/compare';
});

const LAB = 'Frontier lab — Research Scientist';
const table = () => screen.getByRole('table', { name: 'Side-by-side figures per offer' });
function cellOf(rowName: RegExp, offerName: string): HTMLElement {
  const headers = within(table()).getAllByRole('columnheader');
  const col = headers.findIndex((h) => h.textContent?.includes(offerName));
  const row = within(table()).getAllByRole('rowheader', { name: rowName })[0]!.closest('tr')!;
  return row.querySelectorAll('td')[col - 1] as HTMLElement;
}
const scoreOf = (offer: string) =>
  cellOf(/^Over the horizon: Score/, offer).querySelector('.compare-table__value')!.textContent;

const slow = { timeout: 10_000 }; // first load of the lazy tax chunk transforms it

const renderCompare = () =>
  render(<CompareView extensions={compareExtensions} slots={compareSlots} />);

describe('take-home in Compare', { timeout: 20_000 }, () => {
  test('After tax adds the Take-home rows; Before tax takes them away', async () => {
    const user = userEvent.setup();
    renderCompare();
    const after = await screen.findByRole('radio', { name: 'After tax' }, slow);
    expect(screen.queryByRole('columnheader', { name: 'Take-home, tax year 2026' })).toBeNull();
    await user.click(after);
    await screen.findByRole('columnheader', { name: 'Take-home, tax year 2026' }, slow);
    expect(window.location.hash).toContain('tax=after');
    expect(cellOf(/Tax location/, LAB)).toHaveTextContent('California');
    const net = cellOf(/^Take-home, tax year 2026: Take-home/, LAB);
    expect(net.textContent).toMatch(/^\$\d{3},\d{3}/);
    // The figure's formula (a popover button) shows the subtraction with the numbers filled in.
    const figure = within(net).getByRole('button', { name: /formula for Take-home/ });
    const popover = document.getElementById(figure.getAttribute('popovertarget')!)!;
    const open = new Event('beforetoggle'); // jsdom has no popover API: what the browser fires
    Object.defineProperty(open, 'newState', { value: 'open' });
    act(() => void popover.dispatchEvent(open));
    expect(popover.textContent).toMatch(/Take-home 2026 = \$[\d,]+ − \$[\d,]+ = \$[\d,]+$/);
    await screen.findByRole('heading', { name: 'Take-home by tax year' }, slow);
    await user.click(screen.getByRole('radio', { name: 'Before tax' }));
    expect(screen.queryByRole('columnheader', { name: 'Take-home, tax year 2026' })).toBeNull();
  });

  test('the Take-home panel lists each tax line with its formula and the warnings', async () => {
    renderCompare();
    const panel = await screen.findByRole('region', { name: 'Take-home' }, slow);
    const sdi = await within(panel).findByRole('rowheader', { name: /California SDI/ }, slow);
    expect(sdi.closest('tr')!.textContent).toMatch(/1\.3% × [\d,]+ = [\d,]+/);
    expect(within(panel).getByTestId('takehome-warnings')).toHaveTextContent(
      'Taxes on private equity come later',
    );
    expect(within(panel).getByTestId('takehome-warnings')).toHaveTextContent(/not modeled/);
  });

  test('Score on take-home changes the cash scores and says so', async () => {
    renderCompare();
    expect(await screen.findByTestId('score-basis', {}, slow)).toHaveTextContent(
      'Scores use cash before tax',
    );
    const before = scoreOf(LAB);
    const ws = useWorkspaceStore.getState().workspace;
    useWorkspaceStore.getState().commit({
      ...ws,
      profiles: ws.profiles.map((p) => ({ ...p, scoreOnTakeHome: true })),
    });
    await vi.waitFor(
      () =>
        expect(screen.getByTestId('score-basis')).toHaveTextContent('Scores use cash after tax'),
      slow,
    );
    // After-tax cash is lower, so the cash points (and the score) drop.
    await vi.waitFor(() => expect(Number(scoreOf(LAB))).toBeLessThan(Number(before)), slow);
  });

  test('Score on take-home with an offer that has no location: that offer says why', async () => {
    const ws = sampleWorkspace();
    ws.offers[1]!.location = 'none';
    ws.profiles[0]!.scoreOnTakeHome = true;
    useWorkspaceStore.setState({ workspace: ws });
    renderCompare();
    await vi.waitFor(
      () =>
        expect(cellOf(/^Over the horizon: Score/, ws.offers[1]!.name).textContent).toMatch(
          /needs this offer’s tax location/,
        ),
      slow,
    );
  });
});
