import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { employerCostByYear, type FinanceAssumptions } from '@/domain';
import { formatMoney } from '@/components/format';
import { shownCostYear } from '@/components/roundedCost';
import { sampleWorkspace, useWorkspaceStore } from '@/state/workspaceStore';
import { FinanceView } from '@/features/finance/FinanceView';

const downloads: { filename: string; text: string }[] = [];
vi.mock('@/components/download', async (importActual) => ({
  ...(await importActual<typeof import('@/components/download')>()),
  downloadText: (filename: string, text: string) => void downloads.push({ filename, text }),
}));

const PLATFORM = 'Public company — Staff ML Engineer, ML Platform';

beforeEach(() => {
  useWorkspaceStore.setState({ workspace: sampleWorkspace(), past: [], future: [] });
  downloads.length = 0;
});

const platformOffer = () =>
  useWorkspaceStore.getState().workspace.offers.find((o) => o.name === PLATFORM)!;
const engineYears = (
  finance: FinanceAssumptions = useWorkspaceStore.getState().workspace.finance,
  years = 4,
) => employerCostByYear(platformOffer(), finance, years);
const card = (name = PLATFORM) => screen.getByRole('region', { name });
/** The offer's cost table, found by its caption (cheaper than a role query over the whole view). */
const costTable = (name = PLATFORM) =>
  screen.getByText(`Employer cost by year for ${name}, in USD`).closest('table')!;
const rowCells = (name: string) =>
  within(within(costTable()).getByRole('row', { name: new RegExp(`^${name}`) }))
    .getAllByRole('cell')
    .map((c) => c.textContent);

// Four offer cards make a large DOM; jsdom role queries on a shared machine need headroom.
describe('FinanceView', { timeout: 20_000 }, () => {
  it("shows the engine's employer cost per year and the horizon total", () => {
    render(<FinanceView />);
    // Each figure rounded once; every total is the sum of the figures shown for it.
    const years = engineYears().map(shownCostYear);
    expect(rowCells('Base')).toEqual([
      ...years.map((y) => formatMoney(y.base)),
      formatMoney(years.reduce((s, y) => s + y.base, 0)),
    ]);
    expect(rowCells('Payroll taxes')).toEqual([
      ...years.map((y) => formatMoney(y.payrollTax)),
      formatMoney(years.reduce((s, y) => s + y.payrollTax, 0)),
    ]);
    expect(rowCells('Total')).toEqual([
      ...years.map((y) => formatMoney(y.total)),
      formatMoney(years.reduce((s, y) => s + y.total, 0)),
    ]);
    expect(rowCells('Base').at(-1)).toBe('$1,150,498'); // 275,000 + 283,250 + 291,748 + 300,500
    expect(
      within(costTable()).getByRole('columnheader', { name: '4-year total' }),
    ).toBeInTheDocument();
  });

  it('shows one card per offer, or only the offer picked', async () => {
    const user = userEvent.setup();
    render(<FinanceView />);
    expect(screen.getAllByText(/^Employer cost by year for/)).toHaveLength(4);
    await user.selectOptions(screen.getByLabelText('Offer'), PLATFORM);
    expect(screen.getAllByText(/^Employer cost by year for/)).toHaveLength(1);
    expect(card()).toBeInTheDocument();
  });

  it('shows as many years as the Years select says, defaulting to the profile horizon', async () => {
    const user = userEvent.setup();
    render(<FinanceView />);
    expect(screen.getByLabelText('Years')).toHaveValue('4');
    await user.selectOptions(screen.getByLabelText('Years'), '6');
    expect(rowCells('Total')).toHaveLength(7);
    expect(
      within(costTable()).getByRole('columnheader', { name: '6-year total' }),
    ).toBeInTheDocument();
  });

  it('flags the out-of-band offer with words, and shows compa-ratio and position in range', () => {
    render(<FinanceView />);
    const platform = card();
    expect(within(platform).getByText(/Above band max by \$5,000/)).toBeInTheDocument();
    expect(within(platform).getByText('1.06')).toBeInTheDocument(); // 275,000 / 260,000
    expect(within(platform).getByText('113% of range')).toBeInTheDocument(); // (275 − 230) / (270 − 230)
    expect(
      within(card('Frontier lab — Research Scientist')).getByText(/Within band/),
    ).toBeInTheDocument();
  });

  it('tells how to add a band to an offer without one', () => {
    render(<FinanceView />);
    const current = card('Current job — Senior ML Engineer');
    expect(within(current).getByText(/No salary band for this offer/)).toBeInTheDocument();
    expect(within(current).getByRole('link', { name: 'Offers editor' })).toHaveAttribute(
      'href',
      '#/offers/offer-current',
    );
  });

  it('explains the payroll tax with the numbers filled in', () => {
    render(<FinanceView />);
    const platform = card();
    // Year 1 wages: 275,000 base + 55,000 bonus + 75,000 sign-on + 15,000 relocation + 23,614 of
    // public RSU vests (5% of 1,800 × $250, quarterly, 8% growth). Before DESIGN.md's corrected rule
    // the vests were left out ($420,000); a public RSU vest is wages for payroll tax.
    expect(
      within(platform).getByText(
        'Social Security (OASDI) 6.2% × min($443,614, $184,500) = $11,439',
      ),
    ).toBeInTheDocument();
    expect(
      within(platform).getByText(/Grant-date fair value: 1,800 shares × \$250 = \$450,000/),
    ).toBeInTheDocument();
  });

  it('updates the payroll tax row and the total when a tax rate is edited', async () => {
    const user = userEvent.setup();
    render(<FinanceView />);
    const beforeTax = rowCells('Payroll taxes');
    const beforeTotal = rowCells('Total');
    const medicare = screen.getByLabelText('Rate for Medicare (HI)');
    await user.clear(medicare);
    await user.type(medicare, '2.9');

    const finance = useWorkspaceStore.getState().workspace.finance;
    expect(finance.payrollTaxes[1]!.ratePct).toBe(2.9);
    const years = engineYears(finance);
    expect(rowCells('Payroll taxes')).not.toEqual(beforeTax);
    expect(rowCells('Payroll taxes')[0]).toBe(formatMoney(years[0]!.payrollTax));
    expect(rowCells('Total')).not.toEqual(beforeTotal);
    expect(rowCells('Total')[0]).toBe(formatMoney(years[0]!.total));
  });

  it('shows an inline message for a garbage rate and changes nothing', async () => {
    const user = userEvent.setup();
    render(<FinanceView />);
    const before = useWorkspaceStore.getState().workspace;
    const beforeTotal = rowCells('Total');
    const medicare = screen.getByLabelText('Rate for Medicare (HI)');
    await user.clear(medicare);
    await user.type(medicare, 'lots');
    expect(screen.getByRole('alert')).toHaveTextContent(/Not a percentage/);
    expect(medicare).toHaveAttribute('aria-invalid', 'true');
    expect(useWorkspaceStore.getState().workspace.finance).toEqual(before.finance);
    expect(rowCells('Total')).toEqual(beforeTotal);
  });

  it('downloads the finance table as CSV', async () => {
    const user = userEvent.setup();
    render(<FinanceView />);
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.filename).toMatch(/^offerscope-finance-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = downloads[0]!.text;
    expect(text.startsWith('\uFEFF')).toBe(true); // Excel reads "—" only from a UTF-8 file with a BOM
    const lines = text.slice(1).split('\r\n'); // the offer name has a comma, so it is quoted
    expect(lines[0]).toBe('Offer,Currency,Component,Year 1,Year 2,Year 3,Year 4,4-year total');
    const total = engineYears().map((y) => shownCostYear(y).total);
    expect(lines).toContain(
      `"${PLATFORM}",USD,Total,${total.join(',')},${total.reduce((s, v) => s + v, 0)}`,
    );
    // The same figures as the table shows.
    expect(rowCells('Total')).toEqual(
      [...total, total.reduce((s, v) => s + v, 0)].map((v) => formatMoney(v)),
    );
    expect(lines).toContain(
      `"${PLATFORM}",USD,230000,260000,270000,275000,1.06,113,Above band max by 5000`,
    );
  });

  it('prints the summary with the browser print dialog', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(<FinanceView />);
    await user.click(screen.getByRole('button', { name: 'Print summary' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('says what to do when there are no offers', () => {
    useWorkspaceStore.getState().startEmpty();
    render(<FinanceView />);
    expect(screen.getByRole('link', { name: 'Add an offer in Offers' })).toHaveAttribute(
      'href',
      '#/offers',
    );
    expect(screen.queryByRole('table', { name: /^Employer cost by year/ })).not.toBeInTheDocument();
  });
});
