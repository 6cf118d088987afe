// @vitest-environment node
// Test vectors of §5.6 (M5): the streams bit for bit.
import { createStream, hash32, normInv, splitmix32, uniform01 } from '@/domain';

describe('random streams (§5.6 test vectors)', () => {
  it('splitmix32(42) starts 1188448399, 2587284094, 2967928313', () => {
    const next = splitmix32(42);
    expect([next(), next(), next()]).toEqual([1188448399, 2587284094, 2967928313]);
  });
  it('hash32("offer:Frontier Lab") = 1664301624', () => {
    expect(hash32('offer:Frontier Lab')).toBe(1664301624);
  });
  it('createStream(42, "offer:Frontier Lab", 0) starts 3240339191, 547365606, 1087950246, 2751304804, 936865597', () => {
    const next = createStream(42, 'offer:Frontier Lab', 0);
    expect(Array.from({ length: 5 }, next)).toEqual([
      3240339191, 547365606, 1087950246, 2751304804, 936865597,
    ]);
  });
  it('a string seed is hash32 of it; a number seed is seed >>> 0', () => {
    const a = createStream('my seed', 'k', 3);
    const b = createStream(hash32('my seed'), 'k', 3);
    expect(a()).toBe(b());
    expect(createStream(-1, 'k', 0)()).toBe(createStream(4294967295, 'k', 0)());
  });
  it('chunks and keys give different streams', () => {
    expect(createStream(1, 'k', 0)()).not.toBe(createStream(1, 'k', 1)());
    expect(createStream(1, 'k', 0)()).not.toBe(createStream(1, 'j', 0)());
  });
  it('uniform01 stays strictly inside (0, 1)', () => {
    expect(uniform01(0)).toBe(0.5 / 2 ** 32);
    expect(uniform01(2 ** 32 - 1)).toBeLessThan(1);
    expect(uniform01(2 ** 32 - 1)).toBe((2 ** 32 - 0.5) / 2 ** 32);
  });
});

describe('normInv (AS241)', () => {
  it('matches the vectors: 0.975 → 1.9599639845400536, 0.1 → −1.2815515655446008, 1e−10 → −6.361340902404056', () => {
    expect(normInv(0.975)).toBe(1.9599639845400536);
    expect(normInv(0.1)).toBe(-1.2815515655446008);
    expect(normInv(1e-10)).toBe(-6.361340902404056);
  });
  it('is odd, 0 at ½, finite at the extreme uniforms, and the far tail (r > 5) is right', () => {
    expect(normInv(0.5)).toBe(0);
    for (const p of [0.01, 0.2, 0.4, 0.49]) expect(normInv(1 - p)).toBeCloseTo(-normInv(p), 12);
    expect(Number.isFinite(normInv(uniform01(0)))).toBe(true);
    expect(normInv(1e-20)).toBeCloseTo(-9.26234008979841, 12);
    expect(normInv(0)).toBe(-Infinity);
    expect(normInv(1.5)).toBeNaN();
  });
});
