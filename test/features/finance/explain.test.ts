import {
  employerCostByYear,
  parseFinance,
  US_PAYROLL_TAXES_2026,
  type EmployerCostYear,
} from '@/domain';
import { formatMoney } from '@/components/format';
import { sampleWorkspace } from '@/state/workspaceStore';
import {
  equityExpenseExplanation,
  payrollTaxLines,
  costTotalFormula,
  payrollTaxFormula,
  payrollTaxSum,
  taxableWages,
} from '@/features/finance/explain';

const year: EmployerCostYear = {
  year: 1,
  base: 250_000,
  bonus: 25_000,
  signOn: 30_000,
  relocation: 5_000,
  benefits: 20_000,
  payrollTax: 0,
  equityExpense: 0,
  total: 0,
};

describe('payrollTaxLines', () => {
  it('fills in the formula with the capped wages', () => {
    const lines = payrollTaxLines(
      year,
      parseFinance({ payrollTaxes: US_PAYROLL_TAXES_2026 }),
      'USD',
    );
    expect(taxableWages(year)).toBe(310_000);
    expect(lines[0]!.text).toBe('Social Security (OASDI) 6.2% × min($310,000, $184,500) = $11,439');
    expect(lines[0]!.amount).toBeCloseTo(11_439, 6);
    expect(lines[1]!.text).toBe('Medicare (HI) 1.45% × $310,000 = $4,495');
    expect(lines[2]!.text).toBe('Federal unemployment (FUTA) 0.6% × min($310,000, $7,000) = $42');
  });

  it("adds up to the engine's payroll tax for every sample offer and year", () => {
    const ws = sampleWorkspace();
    for (const offer of ws.offers) {
      for (const y of employerCostByYear(offer, ws.finance, 5)) {
        const sum = payrollTaxLines(y, ws.finance, offer.currency).reduce(
          (s, l) => s + l.amount,
          0,
        );
        expect(sum).toBeCloseTo(y.payrollTax, 6);
      }
    }
  });

  it('formats amounts in the offer currency', () => {
    expect(
      payrollTaxFormula(
        year,
        parseFinance({ payrollTaxes: [{ name: 'Levy', ratePct: 1 }] }),
        'EUR',
      ),
    ).toContain('Levy 1% × €310,000 = €3,100');
  });

  it('ends with the sum of the taxes as the table shows it', () => {
    const finance = parseFinance({
      payrollTaxes: [
        { name: 'A', ratePct: 1 },
        { name: 'B', ratePct: 2 },
      ],
    });
    const y = { ...year, payrollTax: 3 * 3_100 };
    expect(payrollTaxSum(y, finance, 'USD')).toBe('Payroll taxes = $3,100 + $6,200 = $9,300');
    expect(payrollTaxFormula(y, finance, 'USD').split('\n').at(-1)).toBe(
      'Payroll taxes = $3,100 + $6,200 = $9,300',
    );
  });

  it('says the lines are rounded when their rounded amounts miss the shown total', () => {
    // 0.6% + 0.6% of $1,250.5 wages: 7.503 each shows $8 + $8 = $16, the total 15.006 shows $15.
    const finance = parseFinance({
      payrollTaxes: [
        { name: 'A', ratePct: 0.6 },
        { name: 'B', ratePct: 0.6 },
      ],
    });
    const small = {
      ...year,
      base: 1_250.5,
      bonus: 0,
      signOn: 0,
      relocation: 0,
      payrollTax: 15.006,
    };
    expect(payrollTaxSum(small, finance, 'USD')).toBe(
      'Payroll taxes = $8 + $8 = $15 (lines are rounded)',
    );
  });

  it('a total cell lists the shown components and their sum', () => {
    expect(
      costTotalFormula(
        { ...year, bonus: 10, benefits: 20, payrollTax: 8, equityExpense: 30, total: 285_068 },
        'USD',
      ),
    ).toMatch(/ = \$250,000 \+ \$10 \+ \$30,000 \+ \$5,000 \+ \$20 \+ \$8 \+ \$30 = \$285,068$/);
  });
});

describe('equityExpenseExplanation', () => {
  const ws = sampleWorkspace();
  const byId = (id: string) => ws.offers.find((o) => o.id === id)!;

  it('shows an RSU grant value and the straight-line rule', () => {
    const lines = equityExpenseExplanation(byId('offer-frontier'), ws.finance);
    expect(lines[0]).toBe('Grant-date fair value: 4,000 shares × $300 = $1,200,000.');
    expect(lines[1]).toMatch(/straight-line over the 4-year vesting period/);
  });

  it('shows the Black–Scholes inputs for options', () => {
    const lines = equityExpenseExplanation(byId('offer-startup'), ws.finance);
    expect(lines[0]).toMatch(
      /^Grant-date fair value: 60,000 options × \$\d+\.\d\d Black–Scholes value/,
    );
    expect(lines[0]).toContain('volatility 60%, risk-free rate 4%, expected term 6.25 years');
  });

  it('states the fair value the engine expenses over the vesting period', () => {
    const offer = byId('offer-startup');
    const expensed = employerCostByYear(offer, ws.finance, 4).reduce(
      (sum, y) => sum + y.equityExpense,
      0,
    );
    const stated = /= (\$[\d,]+)\.$/.exec(equityExpenseExplanation(offer, ws.finance)[0]!)![1];
    expect(stated).toBe(formatMoney(expensed));
  });

  it('mentions refresh grants', () => {
    expect(equityExpenseExplanation(byId('offer-platform'), ws.finance).at(-1)).toMatch(
      /Refresh grants of \$120,000 each year from year 2/,
    );
  });

  it('says when there is no grant', () => {
    const offer = {
      ...byId('offer-current'),
      equity: {
        ...byId('offer-current').equity,
        type: 'none' as const,
        refresh: { value: 0, startYear: 2 },
      },
    };
    expect(equityExpenseExplanation(offer, ws.finance)).toEqual([
      'No equity grant: no equity expense.',
    ]);
  });
});
