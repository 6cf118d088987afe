import { beforeEach, describe, expect, test, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { sampleWorkspace } from '@/state/sample';
import { CompareView } from '@/features/compare/CompareView';
import { WhatItTakes } from '@/features/compare/WhatItTakes';
import { dimensionLabeler } from '@/features/compare/labels';

vi.mock('@/features/compare/charts/CompareCharts', () => ({ default: () => <p>Charts</p> }));

/** The sample plus "Our offer": the frontier offer with data access 8 instead of 10, and a third offer to pick from. */
function workspaceWithOurOffer() {
  const ws = sampleWorkspace();
  const lab = ws.offers[0]!;
  const ours = {
    ...lab,
    id: 'offer-ours',
    name: 'Our offer',
    ratings: { ...lab.ratings, data: 8 },
  };
  return { ...ws, offers: [...ws.offers, ours] };
}

beforeEach(() => {
  useWorkspaceStore.setState({ workspace: workspaceWithOurOffer(), past: [], future: [] });
  window.location.hash = '#/compare';
});

/** The panel alone, wired to the store as CompareView wires it: our offer against the frontier lab. */
function Panel() {
  const workspace = useWorkspaceStore((s) => s.workspace);
  return (
    <WhatItTakes
      workspace={workspace}
      outlook="expected"
      labelOf={dimensionLabeler([])}
      defaultYourId="offer-ours"
      defaultRivalId="offer-frontier"
    />
  );
}

const panel = () => within(screen.getByRole('region', { name: 'What it takes' }));
const ourBase = () =>
  useWorkspaceStore.getState().workspace.offers.find((o) => o.id === 'offer-ours')!.cash.base;

describe('What it takes', { timeout: 15_000 }, () => {
  test('shows the gap and the break-even base, and applying it makes your offer tie or lead', async () => {
    const user = userEvent.setup();
    render(<CompareView />);
    await screen.findByRole('region', { name: 'What it takes' });
    await user.selectOptions(panel().getByLabelText('Your offer'), 'Our offer');
    await user.selectOptions(
      panel().getByLabelText('Rival offer'),
      'Frontier lab — Research Scientist',
    );
    expect(panel().getByLabelText('Candidate profile')).toHaveDisplayValue('Balanced (sample)');
    // Balanced: data weighs 20%, so 2 rating points less = 100 × 0.2 × 0.2 = 4 points behind.
    expect(panel().getByText(/^Your offer trails by 4\.0 points/)).toBeInTheDocument();
    const breakEven = panel().getByText(/^Raise base by \$[\d,]+ to \$[\d,]+ to match\.$/);
    const target = Number(/to \$([\d,]+)/.exec(breakEven.textContent!)![1]!.replace(/,/g, ''));
    expect(target).toBeGreaterThan(340_000);

    await user.click(panel().getByRole('button', { name: 'Apply break-even base' }));
    expect(ourBase()).toBe(target);
    expect(
      panel().getByText(/^Your offer (ties the rival|leads by 0\.0 points)/),
    ).toBeInTheDocument();
    expect(
      panel().getByText('Your offer already scores at least as high as the rival.'),
    ).toBeInTheDocument();
    expect(panel().getByLabelText('Base salary')).toHaveValue(target.toLocaleString('en-US'));
  });

  test('editing the base salary inline updates the panel live; garbage is refused', async () => {
    const user = userEvent.setup();
    render(<Panel />);
    const base = panel().getByLabelText('Base salary');
    await user.clear(base);
    await user.type(base, '600k');
    expect(ourBase()).toBe(600_000);
    expect(panel().getByText(/^Your offer leads by \d+\.\d points/)).toBeInTheDocument();
    await user.clear(base);
    await user.type(base, 'lots');
    expect(ourBase()).toBe(600_000);
    expect(panel().getByRole('alert')).toBeInTheDocument();
  });

  test('the candidate profile changes the answer, and flips are named', async () => {
    const user = userEvent.setup();
    render(<Panel />);
    expect(panel().getByLabelText('Your offer')).toHaveDisplayValue('Our offer');
    await user.selectOptions(
      panel().getByLabelText('Candidate profile'),
      'Research-focused (sample)',
    );
    // Research: data weighs 35%: 100 × 0.35 × 0.2 = 7 points behind.
    expect(panel().getByText(/^Your offer trails by 7\.0 points/)).toBeInTheDocument();

    await user.selectOptions(
      panel().getByLabelText('Your offer'),
      'Public company — Staff ML Engineer, ML Platform',
    );
    await user.selectOptions(panel().getByLabelText('Candidate profile'), 'Balanced (sample)');
    expect(panel().getByText(/^No base raise can close the gap/)).toBeInTheDocument();
    expect(
      panel().getByText(/^If Cash mattered \d+% instead of 25%, your offer would lead\.$/),
    ).toBeInTheDocument();
    expect(
      panel().queryByRole('button', { name: 'Apply break-even base' }),
    ).not.toBeInTheDocument();
  });
});
