import { jsonDepth, safeJsonParse } from '@/state/safeJson';

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

it('refuses text nested deeper than a workspace could be, before parsing (issue 9)', () => {
  const deep = '['.repeat(5000) + ']'.repeat(5000);
  expect(() => safeJsonParse(deep)).toThrow(/nested more than 64 levels/);
  // Brackets inside strings do not count.
  expect(safeJsonParse(JSON.stringify({ a: '[[[['.repeat(100) }))).toEqual({
    a: '[[[['.repeat(100),
  });
  expect(jsonDepth('{"a":[{"b":1}]}')).toBe(3);
  expect(jsonDepth('"\\"{"')).toBe(0);
});
