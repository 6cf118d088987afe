import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PanelSection } from '@/features/panel/PanelSection';
import { PanelSchema } from '@/domain';
import { buildPanelView } from '@/features/panel/panelModel';
import { useNoticeStore } from '@/state/notices';
import { sampleWorkspace, selectActiveProfile, useWorkspaceStore } from '@/state/workspaceStore';

const ws = () => useWorkspaceStore.getState().workspace;
const members = () => ws().panels[0]?.members ?? [];

beforeEach(() => {
  useWorkspaceStore.setState({ workspace: sampleWorkspace(), past: [], future: [] });
  useNoticeStore.setState({ notices: [] });
});

function renderPanel() {
  const user = userEvent.setup();
  return { user, ...render(<PanelSection />) };
}

async function add(user: ReturnType<typeof userEvent.setup>, name: string, role: string) {
  await user.type(screen.getByLabelText('Member name'), name);
  await user.selectOptions(screen.getByLabelText('Role'), role);
  await user.click(screen.getByRole('button', { name: 'Add member' }));
  return screen.getByRole('group', { name: `${name}'s view` });
}

// Many user steps per test: room for a loaded machine.
describe('Panel section', { timeout: 20_000 }, () => {
  it('asks for a name, then adds members whose sliders start level', async () => {
    const { user } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Add member' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter the member’s name.');
    expect(ws().panels).toEqual([]);
    const dana = await add(user, 'Dana', 'hiring manager');
    expect(members()[0]).toMatchObject({ name: 'Dana', role: 'hiringManager', method: 'direct' });
    expect(within(dana).getAllByRole('slider')).toHaveLength(6);
    expect(within(dana).getAllByText('16.7%')).toHaveLength(6);
    expect(screen.getByText(/Add at least two members/)).toBeInTheDocument();
  });

  it('shows disagreement, the figures and the decision the engine computes for two members', async () => {
    const { user } = renderPanel();
    await add(user, 'Dana', 'hiring manager');
    const riley = await add(user, 'Riley', 'recruiter');
    await user.click(within(riley).getByRole('radio', { name: 'Ranking' }));
    await user.click(within(riley).getByRole('button', { name: 'Move Equity up' }));
    expect(members()[1]).toMatchObject({ method: 'rank' });
    expect(members()[1]!.ranking[0]).toBe('equity');

    const view = buildPanelView(ws().panels[0], ws());
    const chart = view.chart!;
    expect(screen.getByRole('img', { name: /Strip chart/ })).toBeInTheDocument();
    expect(
      screen.getByText(`Spanel = ${(chart.headline.consensus.value * 100).toFixed(1)}%`),
    ).toBeInTheDocument();
    expect(screen.getByText('(1 = identical weights)')).toBeInTheDocument();
    expect(screen.getByTestId('panel-verdict')).toHaveTextContent(
      chart.decision!.verdict.text.replace(/^./, (c) => c.toUpperCase()),
    );
    // Two members: no similarity heatmap yet.
    expect(screen.queryByRole('table', { name: /How alike/ })).not.toBeInTheDocument();
    const decision = screen.getByRole('table', { name: /Each member's score of each offer/ });
    expect(within(decision).getAllByRole('row')).toHaveLength(1 + ws().offers.length);
  });

  it('a pairwise member answers questions; three members bring the heatmap', async () => {
    const { user } = renderPanel();
    await add(user, 'Dana', 'hiring manager');
    await add(user, 'Riley', 'recruiter');
    const sam = await add(user, 'Sam', 'candidate');
    await user.click(within(sam).getByRole('radio', { name: 'Pairwise questions' }));
    await user.selectOptions(
      within(sam).getByLabelText('How much more does Data access matter than Cash?'),
      'Data access is strongly more important (5)',
    );
    expect(members()[2]).toMatchObject({ method: 'ahp', pairwise: { 'data>cash': 5 } });
    expect(screen.getByRole('table', { name: /How alike each pair/ })).toBeInTheDocument();
    expect(screen.getByText(/Method: AIP-geometric/)).toBeInTheDocument();
  });

  it('refuses a bad influence next to the field and keeps the stored one; a changed one is shown', async () => {
    const { user } = renderPanel();
    await add(user, 'Dana', 'hiring manager');
    await add(user, 'Riley', 'recruiter');
    const field = screen.getByLabelText('Influence of Dana');
    await user.clear(field);
    await user.type(field, '-1');
    expect(screen.getByText(/Influence must be more than 0/)).toBeInTheDocument();
    expect(members()[0]!.influence).toBe(1);
    await user.clear(field);
    await user.type(field, '3');
    expect(members()[0]!.influence).toBe(3);
    expect(screen.getByText(/Dana \(hiring manager, influence 75%\)/)).toBeInTheDocument();
    expect(screen.getByText(/influence 3×/)).toBeInTheDocument();
  });

  it('Use as profile: the group weights become the active profile; inputs stay; undo takes it back', async () => {
    const { user } = renderPanel();
    const dana = await add(user, 'Dana', 'hiring manager');
    await add(user, 'Riley', 'recruiter');
    const slider = within(dana).getByLabelText('Cash (Dana)');
    slider.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    const before = structuredClone(members());
    const expected = buildPanelView(ws().panels[0], ws()).summary!.group;

    await user.click(screen.getByRole('button', { name: 'Use as profile' }));
    const active = selectActiveProfile(useWorkspaceStore.getState());
    expect(active.name).toBe('Hiring panel — group view');
    for (const [d, w] of Object.entries(expected))
      expect(active.weights[d]).toBeCloseTo(100 * w, 9);
    expect(active.money).toEqual(ws().profiles[0]!.money);
    expect(members()).toEqual(before);
    expect(useNoticeStore.getState().notices.at(-1)!.message).toMatch(/Compare now scores with/);
    expect(screen.getByRole('button', { name: 'Update the group profile' })).toBeInTheDocument();

    useWorkspaceStore.getState().undo();
    expect(ws().profiles.map((p) => p.name)).not.toContain('Hiring panel — group view');
    expect(ws().activeProfileId).toBe('profile-balanced');
  });

  it('a pairwise panel headlines S* with its word, and lists the most contested judgments', () => {
    // decide.md C8 over cash / equity / scope / data: upper triangles a12, a13, a14, a23, a24, a34.
    const judgments = (a: number[]) => ({
      'cash>equity': a[0]!,
      'cash>scope': a[1]!,
      'cash>data': a[2]!,
      'equity>scope': a[3]!,
      'equity>data': a[4]!,
      'scope>data': a[5]!,
    });
    const members = [
      ['HM', 'hiringManager', [2, 1, 2, 1 / 2, 1, 2]],
      ['Recruiter', 'recruiter', [3, 3, 4, 2, 2, 1]],
      ['Candidate', 'candidate', [1 / 2, 1 / 3, 1 / 4, 1 / 2, 1 / 3, 1 / 2]],
    ] as const;
    const workspace = sampleWorkspace();
    workspace.profiles[0]!.weights = {
      cash: 1,
      equity: 1,
      scope: 1,
      data: 1,
      roadmap: 0,
      commitment: 0,
    };
    workspace.panels = [
      PanelSchema.parse({
        members: members.map(([name, role, a]) => ({
          id: name,
          name,
          role,
          method: 'ahp',
          pairwise: judgments([...a]),
        })),
      }),
    ];
    useWorkspaceStore.setState({ workspace, past: [], future: [] });
    renderPanel();
    // C8: S* = 0.705084 with the small-panel formula (K = 3 < n = 4), "moderate".
    expect(screen.getByText('S* = 70.5%')).toBeInTheDocument();
    expect(screen.getByText('moderate')).toBeInTheDocument();
    expect(screen.getByText(/Method: AIJ/)).toBeInTheDocument();
    const contested = screen.getByRole('heading', { name: 'Most contested judgments' });
    expect(within(contested.parentElement!).getAllByRole('listitem')).toHaveLength(3);
  });

  it('renames a member and changes the role; an empty name is refused and the old one kept', async () => {
    const { user } = renderPanel();
    const dana = await add(user, 'Dana', 'hiring manager');
    const name = within(dana).getByLabelText('Name of Dana');
    await user.clear(name);
    expect(screen.getByText(/Enter a name; the member keeps the old one/)).toBeInTheDocument();
    expect(members()[0]!.name).toBe('Dana');
    await user.type(name, 'Dee');
    expect(members()[0]!.name).toBe('Dee');
    await user.selectOptions(within(dana).getByLabelText('Role of Dee'), 'team lead');
    expect(members()[0]!.role).toBe('teamLead');
  });
});
