import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { US_PAYROLL_TAXES_2026 } from '@/domain';
import { sampleWorkspace, useWorkspaceStore } from '@/state/workspaceStore';
import { PayrollTaxesEditor } from '@/features/finance/PayrollTaxesEditor';

const taxes = () => useWorkspaceStore.getState().workspace.finance.payrollTaxes;

/** Re-renders from the store, as the Finance view does. */
function Editor() {
  return <PayrollTaxesEditor taxes={useWorkspaceStore((s) => s.workspace.finance.payrollTaxes)} />;
}

beforeEach(() => {
  useWorkspaceStore.setState({ workspace: sampleWorkspace(), past: [], future: [] });
});

describe('PayrollTaxesEditor', () => {
  it('shows each tax with its rate, wage cap and source, each input labeled by the tax', () => {
    render(<Editor />);
    expect(screen.getByLabelText('Rate for Social Security (OASDI)')).toHaveValue('6.2');
    expect(screen.getByLabelText('Wage cap for Social Security (OASDI)')).toHaveValue('184,500');
    expect(screen.getByLabelText('Wage cap for Medicare (HI)')).toHaveValue('');
    expect(screen.getByLabelText('Source for Federal unemployment (FUTA)')).toHaveValue(
      US_PAYROLL_TAXES_2026[2]!.source,
    );
  });

  it('edits a wage cap, and an empty cap means no cap', async () => {
    const user = userEvent.setup();
    render(<Editor />);
    const cap = screen.getByLabelText('Wage cap for Social Security (OASDI)');
    await user.clear(cap);
    expect(taxes()[0]!.wageCap).toBeUndefined();
    await user.type(cap, '$200k');
    expect(taxes()[0]!.wageCap).toBe(200_000);
  });

  it('rejects a zero wage cap inline and keeps the last valid one', async () => {
    const user = userEvent.setup();
    render(<Editor />);
    const cap = screen.getByLabelText('Wage cap for Federal unemployment (FUTA)');
    await user.clear(cap);
    await user.type(cap, '0');
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved: must be > 0');
    expect(taxes()[2]!.wageCap).toBeUndefined(); // the cleared field (no cap) was the last valid edit
  });

  it('rejects an empty name inline', async () => {
    const user = userEvent.setup();
    render(<Editor />);
    await user.clear(screen.getByLabelText('Name of payroll tax 2'));
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved: is required');
    expect(taxes()[1]!.name).toBe('Medicare (HI)');
  });

  it('adds, removes and resets rows', async () => {
    const user = userEvent.setup();
    render(<Editor />);
    await user.click(screen.getByRole('button', { name: 'Add payroll tax' }));
    expect(taxes()).toHaveLength(4);
    await user.type(screen.getByLabelText('Rate for New tax'), '1.1');
    expect(taxes()[3]).toMatchObject({ name: 'New tax', ratePct: 1.1 });

    await user.click(screen.getByRole('button', { name: 'Remove Social Security (OASDI)' }));
    expect(taxes().map((t) => t.name)).toEqual([
      'Medicare (HI)',
      'Federal unemployment (FUTA)',
      'New tax',
    ]);
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(4); // header + 3

    await user.click(screen.getByRole('button', { name: 'Reset to US 2026 defaults' }));
    expect(taxes()).toEqual(US_PAYROLL_TAXES_2026);
  });

  it("a new row's source is empty with a placeholder, so typing is the whole source", async () => {
    const user = userEvent.setup();
    render(<Editor />);
    await user.click(screen.getByRole('button', { name: 'Add payroll tax' }));
    const source = screen.getByLabelText('Source for New tax');
    expect(source).toHaveValue('');
    expect(source).toHaveAttribute('placeholder', 'Your assumption');
    await user.type(source, 'State UI notice 2026');
    expect(taxes()[3]!.source).toBe('State UI notice 2026');
  });

  it('an edited rate or cap is labeled as your assumption, and the citation is kept', async () => {
    const user = userEvent.setup();
    render(<Editor />);
    const rate = screen.getByLabelText('Rate for Social Security (OASDI)');
    const source = screen.getByLabelText('Source for Social Security (OASDI)');
    expect(source).not.toHaveAccessibleDescription(/Your assumption/);
    await user.clear(rate);
    await user.type(rate, '6.5');
    expect(source).toHaveAccessibleDescription(
      'Your assumption: rate 6.5% (published 6.2%); the source cites the published figures.',
    );
    expect(source).toHaveValue(US_PAYROLL_TAXES_2026[0]!.source);
    const cap = screen.getByLabelText('Wage cap for Social Security (OASDI)');
    await user.clear(cap);
    await user.type(cap, '200000');
    expect(source).toHaveAccessibleDescription(
      'Your assumption: rate 6.5% (published 6.2%), wage cap $200,000 (published $184,500); the source cites the published figures.',
    );
    // Back to the published figures, it is the published default again.
    await user.clear(rate);
    await user.type(rate, '6.2');
    await user.clear(cap);
    await user.type(cap, '184500');
    expect(source).not.toHaveAccessibleDescription(/Your assumption/);
  });
});
