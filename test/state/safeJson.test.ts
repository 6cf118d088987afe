import { safeJsonParse } from '@/state/safeJson';

it('drops prototype-changing keys at every depth and keeps everything else', () => {
  const parsed = safeJsonParse(
    '{"a":1,"__proto__":{"x":1},"nested":[{"constructor":{"prototype":{"y":2}},"b":2}],"prototype":3}',
  ) as Record<string, unknown>;
  expect(parsed).toEqual({ a: 1, nested: [{ b: 2 }] });
  expect(Object.keys(parsed)).toEqual(['a', 'nested']);
  expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  expect(({} as Record<string, unknown>).x).toBeUndefined();
  expect(() => safeJsonParse('{')).toThrow(SyntaxError);
});
