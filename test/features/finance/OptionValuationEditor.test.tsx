import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sampleWorkspace, useWorkspaceStore } from '@/state/workspaceStore';
import { OptionValuationEditor } from '@/features/finance/OptionValuationEditor';

const valuation = () => useWorkspaceStore.getState().workspace.finance.optionValuation;

function Editor() {
  return (
    <OptionValuationEditor
      valuation={useWorkspaceStore((s) => s.workspace.finance.optionValuation)}
    />
  );
}

beforeEach(() => {
  useWorkspaceStore.setState({ workspace: sampleWorkspace(), past: [], future: [] });
});

describe('OptionValuationEditor', () => {
  it('shows the defaults under their plain labels', () => {
    render(<Editor />);
    expect(screen.getByLabelText('Volatility')).toHaveValue('60');
    expect(screen.getByLabelText('Risk-free rate')).toHaveValue('4');
    expect(screen.getByLabelText('Expected term (years)')).toHaveValue('6.25');
    expect(screen.getByLabelText('Dividend yield')).toHaveValue('0');
  });

  it('saves valid edits', async () => {
    const user = userEvent.setup();
    render(<Editor />);
    await user.clear(screen.getByLabelText('Volatility'));
    await user.type(screen.getByLabelText('Volatility'), '45');
    await user.clear(screen.getByLabelText('Expected term (years)'));
    await user.type(screen.getByLabelText('Expected term (years)'), '5');
    expect(valuation()).toMatchObject({ volatilityPct: 45, expectedTermYears: 5 });
  });

  it('rejects a zero expected term inline and keeps the last valid value', async () => {
    const user = userEvent.setup();
    render(<Editor />);
    const term = screen.getByLabelText('Expected term (years)');
    await user.clear(term);
    await user.type(term, '0');
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved: must be > 0');
    expect(valuation().expectedTermYears).toBe(6.25);
  });
});
