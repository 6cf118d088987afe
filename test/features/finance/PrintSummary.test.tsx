import { render } from '@testing-library/react';
import { sampleWorkspace, useWorkspaceStore } from '@/state/workspaceStore';
import { FinanceView } from '@/features/finance/FinanceView';
import { PrintTitle } from '@/features/finance/PrintTitle';

beforeEach(() => {
  useWorkspaceStore.setState({ workspace: sampleWorkspace(), past: [], future: [] });
});

describe('the printed summary', { timeout: 20_000 }, () => {
  it('has a title block: prepared on, the profile and the offers', () => {
    const { container } = render(
      <PrintTitle offers={['Lab', 'Startup']} years={4} now={new Date(2026, 11, 2)} />,
    );
    const text = container.textContent ?? '';
    expect(text).toContain('Prepared onDecember 2, 2026');
    expect(text).toContain('ProfileBalanced (sample)');
    expect(text).toContain('Offers (2)Lab; Startup');
    expect(text).toMatch(/Years4; amounts in whole units/);
  });

  it('prints every offer’s grant terms and the offers it covers', () => {
    const { container } = render(<FinanceView />);
    const title = container.querySelector('.print-title')!;
    for (const o of sampleWorkspace().offers) expect(title.textContent).toContain(o.name);
    const grants = [...container.querySelectorAll('.print-grant')];
    expect(grants).toHaveLength(4);
    expect(grants[1]!.textContent).toContain('Strike$3 a share');
  });

  it('labels an edited payroll tax as the user’s own, keeping the published source', () => {
    const ws = sampleWorkspace();
    const payrollTaxes = ws.finance.payrollTaxes.map((t, i) =>
      i === 0 ? { ...t, wageCap: 200_000 } : t,
    );
    useWorkspaceStore.setState({ workspace: { ...ws, finance: { ...ws.finance, payrollTaxes } } });
    const { container } = render(<FinanceView />);
    const printed = container.querySelector('.finance-print-assumptions')!;
    expect(printed.textContent).toContain(
      'Your assumption: wage cap $200,000 (published $184,500)Based on: SSA, 2026 contribution',
    );
    // The untouched rows still cite their source as published.
    expect(printed.textContent).toContain('IRS Topic 751');
  });
});
