import { beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { sampleWorkspace } from '@/state/sample';
import TakeHomeSettings from '@/features/takehome/TakeHomeSettings';
import LocationField from '@/features/takehome/LocationField';

beforeEach(() => {
  useWorkspaceStore.setState({ workspace: sampleWorkspace(), past: [], future: [] });
});

const slow = { timeout: 10_000 };
const state = () => useWorkspaceStore.getState();
const sdiRow = async () => {
  const rules = screen.getByRole('region', { name: 'Tax rules' });
  await within(rules).findByLabelText('Jurisdiction', {}, slow);
  return rules;
};

describe('Tax rules', { timeout: 20_000 }, () => {
  test('edit a rule: it becomes “Edited by you”, is stored and undoable, and restores', async () => {
    const user = userEvent.setup();
    render(<TakeHomeSettings />);
    const rules = await sdiRow();
    await user.selectOptions(within(rules).getByLabelText('Jurisdiction'), 'California');
    const row = () => rules.querySelector('tr[data-rule="US-CA.sdi"]') as HTMLElement;
    expect(row()).toHaveTextContent('Official');
    expect(row()).toHaveTextContent('edd.ca.gov'); // the source, as text
    const input = within(row()).getByRole('textbox');
    await user.clear(input);
    await user.type(input, '2{Enter}');
    expect(row()).toHaveTextContent('Edited by you');
    expect(state().workspace.taxRules).toEqual([{ id: '2026:US-CA.sdi', value: 2 }]);

    state().undo();
    await within(row()).findByText('Official');
    expect(state().workspace.taxRules).toEqual([]);
    state().redo();
    await user.click(
      await within(row()).findByRole('button', { name: 'Restore the published value' }),
    );
    expect(row()).toHaveTextContent('Official');
    expect(within(row()).getByRole('textbox')).toHaveValue('1.3');
    expect(state().workspace.taxRules).toEqual([]);
  });

  test('a value out of range is refused next to the field and nothing changes', async () => {
    const user = userEvent.setup();
    render(<TakeHomeSettings />);
    const rules = await sdiRow();
    await user.selectOptions(within(rules).getByLabelText('Jurisdiction'), 'California');
    const row = rules.querySelector('tr[data-rule="US-CA.sdi"]') as HTMLElement;
    const input = within(row).getByRole('textbox');
    fireEvent.change(input, { target: { value: '140' } });
    expect(within(row).getByRole('alert')).toHaveTextContent(/100/);
    expect(state().workspace.taxRules).toEqual([]);
  });

  test('brackets are edited as text; text that does not read says why', async () => {
    const user = userEvent.setup();
    render(<TakeHomeSettings />);
    const rules = await sdiRow();
    const row = rules.querySelector('tr[data-rule="US.brackets.single"]') as HTMLElement;
    const input = within(row).getByRole('textbox');
    expect((input as HTMLInputElement).value).toMatch(/^0: 10%; 12,400: 12%; 50,400: 22%/);
    await user.clear(input);
    await user.type(input, '0: 10%; lots: 12%');
    await user.tab();
    expect(within(row).getByRole('alert')).toHaveTextContent('“lots: 12%” does not read');
    expect(state().workspace.taxRules).toEqual([]);
  });
});

describe('filing status and Score on take-home', () => {
  test('married filing jointly asks for the spouse’s wages; Score on take-home is a profile setting', async () => {
    const user = userEvent.setup();
    render(<TakeHomeSettings />);
    const profile = () => state().workspace.profiles[0]!;
    expect(screen.queryByLabelText('Spouse’s yearly wages')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Filing status'), 'Married filing jointly');
    expect(profile().filing.status).toBe('mfj');
    const spouse = screen.getByLabelText('Spouse’s yearly wages');
    await user.clear(spouse);
    await user.type(spouse, '120,000');
    await user.tab();
    expect(profile().filing.spouseWages).toBe(120_000);
    await user.click(screen.getByRole('checkbox', { name: 'Score on take-home' }));
    expect(profile().scoreOnTakeHome).toBe(true);
    expect(screen.getByText(/read as after tax/)).toBeInTheDocument();
  });
});

describe('LocationField', () => {
  test('choosing a place stores it on the offer', async () => {
    const user = userEvent.setup();
    const offer = sampleWorkspace().offers[0]!;
    render(<LocationField offer={offer} />);
    const select = screen.getByLabelText('Taxed in');
    expect(select).toHaveValue('US-CA');
    await user.selectOptions(select, 'England (London; UK outside Scotland)');
    expect(state().workspace.offers[0]!.location).toBe('GB-ENG');
  });
});
