// @vitest-environment node
import { convertMoney, rebaseFxRates, workspaceRate } from '@/domain';

describe('convertMoney', () => {
  it('multiplies by units of the target per unit of the source', () => {
    expect(convertMoney(1_000, 'EUR', 'USD', { EUR: 1.08 })).toBeCloseTo(1_080, 10); // 1,000 × 1.08
  });

  it('needs no rate within one currency', () => {
    expect(convertMoney(1_234, 'GBP', 'GBP')).toBe(1_234);
  });

  it('throws a clear error when the rate is missing', () => {
    expect(() => convertMoney(1, 'JPY', 'USD', { EUR: 1.08 })).toThrow(
      'No exchange rate from JPY to USD',
    );
    expect(() => convertMoney(1, 'JPY', 'USD')).toThrow(Error);
  });
});

describe('rebaseFxRates', () => {
  it('re-bases reporting-currency rates to a profile currency', () => {
    // rates in USD: 1 EUR = 1.10 USD, 1 GBP = 1.25 USD. In EUR: 1 USD = 1/1.10, 1 GBP = 1.25/1.10
    const rebased = rebaseFxRates({ EUR: 1.1, GBP: 1.25 }, 'USD', 'EUR');
    expect(rebased.USD).toBeCloseTo(1 / 1.1, 12);
    expect(rebased.GBP).toBeCloseTo(1.25 / 1.1, 12);
    expect(rebased.EUR).toBeUndefined();
  });
  it('keeps rates as they are for the reporting currency, and drops all when the target has no rate', () => {
    expect(rebaseFxRates({ EUR: 1.1 }, 'USD', 'USD')).toEqual({ EUR: 1.1 });
    expect(rebaseFxRates({ EUR: 1.1 }, 'USD', 'GBP')).toEqual({});
  });
});

test('workspaceRate: between any two known currencies, 1 for the same, null when a rate is missing', () => {
  const rates = { EUR: 1.25, GBP: 1.5 }; // reporting USD per unit
  expect(workspaceRate('USD', 'EUR', rates, 'USD')).toBeCloseTo(0.8, 12);
  expect(workspaceRate('EUR', 'USD', rates, 'USD')).toBe(1.25);
  expect(workspaceRate('GBP', 'EUR', rates, 'USD')).toBeCloseTo(1.2, 12);
  expect(workspaceRate('JPY', 'JPY', {}, 'USD')).toBe(1);
  expect(workspaceRate('USD', 'CHF', rates, 'USD')).toBeNull();
  expect(workspaceRate('CHF', 'EUR', rates, 'USD')).toBeNull();
  expect(workspaceRate('EUR', 'USD', { EUR: 0 }, 'USD')).toBeNull();
});
