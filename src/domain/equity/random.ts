/**
 * Reproducible random streams (docs/design/equity.md §5.6), bit for bit: every chunk of 1,024
 * draws of every key has a stream of its own, so a path's numbers never depend on other offers,
 * the horizon or the number of draws (common random numbers; a bigger run extends a smaller one).
 */

/** FNV-1a over the UTF-16 code units, then murmur3's fmix32; a uint32. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** splitmix32 (bryc/code jshash/PRNGs.md): a uint32 generator seeded with `a`. */
export function splitmix32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 15);
    t = Math.imul(t, 0x85ebca6b);
    t ^= t >>> 13;
    t = Math.imul(t, 0xc2b2ae35);
    return (t ^ (t >>> 16)) >>> 0;
  };
}

/** A number seed is used as `seed >>> 0`; a string as hash32(seed). */
export function seedOf(seed: number | string): number {
  return typeof seed === 'string' ? hash32(seed) : seed >>> 0;
}

/**
 * sfc32 state for (seed, key, chunk): s = seed ^ hash32(key) ^ imul(chunk + 1, 0x9E3779B9);
 * three splitmix32 outputs become a, b, c; counter d = 1; 15 outputs discarded.
 * The state is [a, b, c, d] as int32, so hot loops can step it without a closure.
 */
export function streamState(seed: number | string, key: string, chunk: number): Int32Array {
  const s = seedOf(seed) ^ hash32(key) ^ Math.imul(chunk + 1, 0x9e3779b9);
  const mix = splitmix32(s);
  const state = new Int32Array([mix(), mix(), mix(), 1]);
  for (let i = 0; i < 15; i++) sfc32Next(state);
  return state;
}

/** One sfc32 step on [a, b, c, d]; returns the uint32 output. */
export function sfc32Next(st: Int32Array): number {
  const a = st[0]!;
  const b = st[1]!;
  let c = st[2]!;
  let d = st[3]!;
  const t = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  st[0] = b ^ (b >>> 9);
  st[1] = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  st[2] = (c + t) | 0;
  st[3] = d;
  return t >>> 0;
}

/** The uint32 stream of (seed, key, chunk). */
export function createStream(seed: number | string, key: string, chunk: number): () => number {
  const state = streamState(seed, key, chunk);
  return () => sfc32Next(state);
}

/** (u32 + 0.5) / 2^32: in (0, 1), never 0 or 1, so log and normInv stay finite. */
export function uniform01(u32: number): number {
  return (u32 + 0.5) / 4294967296;
}
