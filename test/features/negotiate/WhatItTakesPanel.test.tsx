import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { summarizeWorkspace } from '@/domain';
import { WhatItTakesPanel } from '@/features/negotiate/WhatItTakesPanel';
import { sampleWorkspace, useWorkspaceStore } from '@/state/workspaceStore';

const ws = () => useWorkspaceStore.getState().workspace;

function Harness() {
  const workspace = useWorkspaceStore((s) => s.workspace);
  return <WhatItTakesPanel workspace={workspace} summary={summarizeWorkspace(workspace)} />;
}

beforeEach(() => {
  useWorkspaceStore.setState({ workspace: sampleWorkspace(), past: [], future: [] });
});

async function setField(user: ReturnType<typeof userEvent.setup>, label: string, text: string) {
  const field = screen.getByLabelText(label);
  await user.clear(field);
  await user.type(field, text);
  await user.tab();
}

describe('What it takes (negotiation)', () => {
  it('defaults to the strongest other offer as the rival and a 1-point margin', () => {
    render(<Harness />);
    const panel = screen.getByRole('region', { name: 'What it takes' });
    expect(within(panel).getByLabelText('Rival')).toHaveDisplayValue(
      'Frontier lab — Research Scientist',
    );
    expect(within(panel).getByLabelText('Margin (points to lead by)')).toHaveValue('1');
    expect(within(panel).getByText(/even at every maximum you trail by/)).toBeInTheDocument();
  });

  it('finds the startup’s winning package and applies it as a new offer; undo removes it', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.selectOptions(
      screen.getByLabelText('Your offer'),
      'Applied-AI startup — Founding ML Engineer',
    );
    await setField(user, 'Base salary: at most', '600000');
    await setField(user, 'Sign-on bonus: at most', '300000');
    for (const name of [
      'Data access (rating)',
      'Roadmap influence (rating)',
      'AI commitment (rating)',
    ]) {
      await user.click(screen.getByRole('checkbox', { name }));
      await setField(user, `${name}: cost per point per year`, '10000');
    }
    expect(screen.getByText(/^Cheapest winning package: \+\$/)).toBeInTheDocument();
    expect(screen.getByText(/above the band maximum/)).toBeInTheDocument();
    const before = structuredClone(ws().offers);
    await user.click(screen.getByRole('button', { name: 'Apply as new scenario' }));
    const offers = ws().offers;
    expect(offers).toHaveLength(before.length + 1);
    expect(offers.slice(0, before.length)).toEqual(before);
    const added = offers.at(-1)!;
    expect(added.name).toBe('Applied-AI startup — Founding ML Engineer — winning package');
    const ranking = summarizeWorkspace(ws()).ranking;
    expect(ranking[0]?.offer.id).toBe(added.id);
    useWorkspaceStore.getState().undo();
    expect(ws().offers).toEqual(before);
  });

  it('keeps the last answer and says why when a maximum is below the current value', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await setField(user, 'Sign-on bonus: at most', '1');
    expect(screen.getByRole('alert')).toHaveTextContent(/max/);
  });
});
