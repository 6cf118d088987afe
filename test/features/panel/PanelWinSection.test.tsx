import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { formatMoney } from '@/components/format';
import { PanelSchema, WorkspaceSchema, cheapestWinningPackage } from '@/domain';
import { PanelWinSection } from '@/features/panel/PanelWinSection';
import { buildPanelView } from '@/features/panel/panelModel';
import { panelWinInput } from '@/features/panel/panelWin';
import { sampleWorkspace } from '@/state/workspaceStore';

const level = { cash: 50, equity: 50, scope: 50, data: 50, roadmap: 50, commitment: 50 };
const workspace = WorkspaceSchema.parse({
  ...sampleWorkspace(),
  panels: [
    PanelSchema.parse({
      members: [
        {
          id: 'a',
          name: 'Dana',
          role: 'hiringManager',
          weights: { ...level, scope: 90, cash: 20 },
        },
        {
          id: 'b',
          name: 'Riley',
          role: 'recruiter',
          method: 'rank',
          ranking: ['equity', 'cash', 'scope', 'data', 'roadmap', 'commitment'],
        },
        { id: 'c', name: 'Sam', role: 'candidate', method: 'ahp', pairwise: { 'data>cash': 5 } },
      ],
    }),
  ],
});

it('finds the cheapest package that wins under every member’s view and names the binding views', async () => {
  const user = userEvent.setup();
  render(<PanelWinSection workspace={workspace} />);
  const section = screen.getByRole('region', { name: "Win under every panel member's view" });
  await user.selectOptions(within(section).getByLabelText('Your offer'), 'offer-platform');
  await user.selectOptions(within(section).getByLabelText('Rival offer'), 'offer-startup');

  const view = buildPanelView(workspace.panels[0], workspace);
  const [platform, startup] = ['offer-platform', 'offer-startup'].map((id) =>
    workspace.offers.find((o) => o.id === id)!,
  );
  const job = panelWinInput(workspace, view.summary!, view.base, platform!, startup!);
  const expected = { result: cheapestWinningPackage(job.input), names: job.names };
  expect(expected.result.feasible).toBe(true);
  await within(section).findByText(
    `Wins under every view for ${formatMoney(expected.result.extraCost)} more employer cost.`,
  );
  const table = within(section).getByRole('table', { name: /Each view's score of the package/ });
  expect(within(table).getAllByRole('row')).toHaveLength(1 + 4);
  const binding = expected.result.scenarios!.flatMap((s, i) =>
    s.binding ? [expected.names[i]] : [],
  );
  expect(binding.length).toBeGreaterThan(0);
  for (const name of binding)
    expect(within(table).getByText(`${name} (binds)`)).toBeInTheDocument();
});

it('asks for two different offers, and stays away without a panel of two', async () => {
  const user = userEvent.setup();
  const { unmount } = render(<PanelWinSection workspace={workspace} />);
  const section = screen.getByRole('region', { name: "Win under every panel member's view" });
  await user.selectOptions(within(section).getByLabelText('Your offer'), 'offer-startup');
  await user.selectOptions(within(section).getByLabelText('Rival offer'), 'offer-startup');
  expect(within(section).getByText('Choose two different offers.')).toBeInTheDocument();
  unmount();
  render(<PanelWinSection workspace={{ ...workspace, panels: [] }} />);
  expect(screen.queryByRole('region', { name: /Win under every/ })).not.toBeInTheDocument();
});
