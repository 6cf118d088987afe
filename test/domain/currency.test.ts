// @vitest-environment node
import { convertMoney } from '@/domain';

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
