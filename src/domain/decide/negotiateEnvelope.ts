/**
 * The lower envelope of piecewise-linear cost functions of score (decide.md §1.4): each is
 * constant left of its first point (a package that scores more still wins) and undefined right of
 * its last; F jumps upward where the cheapest function's range ends.
 */
export interface PlPoint {
  n: number; // points over P0
  cost: number; // $ over P0
  levers: string[]; // what buys the piece ending here
}
export type PlFn = PlPoint[];

const valueAt = (fn: PlFn, n: number): number => {
  const first = fn[0];
  const last = fn[fn.length - 1];
  if (!first || !last || n > last.n + 1e-9) return Infinity;
  if (n <= first.n) return first.cost;
  for (let i = 1; i < fn.length; i++) {
    const a = fn[i - 1];
    const b = fn[i];
    if (a && b && n <= b.n + 1e-12)
      return b.n - a.n > 1e-15 ? a.cost + ((b.cost - a.cost) * (n - a.n)) / (b.n - a.n) : b.cost;
  }
  return last.cost;
};

const leversAt = (fn: PlFn, n: number): string[] => {
  for (let i = 1; i < fn.length; i++) {
    const a = fn[i - 1];
    const b = fn[i];
    if (a && b && n > a.n && n <= b.n) return b.levers;
  }
  return [];
};

/** F(n) = min over functions; breakpoints, pairwise crossings, upward jumps, collinear dropped. */
export function envelope(fns: PlFn[]): {
  points: { n: number; cost: number }[];
  pieceLevers: string[][];
} {
  const xs = [...new Set(fns.flatMap((f) => f.map((p) => p.n)))]
    .filter((n) => n >= 0)
    .sort((a, b) => a - b);
  if (!xs.includes(0)) xs.unshift(0);
  const all = new Set(xs);
  for (let i = 1; i < xs.length; i++) {
    const a = xs[i - 1] ?? 0;
    const b = xs[i] ?? 0;
    const valid = fns.filter((f) => valueAt(f, b) < Infinity);
    for (let p = 0; p < valid.length; p++)
      for (let q = p + 1; q < valid.length; q++) {
        const fp = valid[p] as PlFn;
        const fq = valid[q] as PlFn;
        const da = valueAt(fp, a) - valueAt(fq, a);
        const db = valueAt(fp, b) - valueAt(fq, b);
        if (da * db < 0) all.add(a + (da / (da - db)) * (b - a));
      }
  }
  const grid = [...all].sort((a, b) => a - b);
  const F = (n: number) => Math.min(...fns.map((f) => valueAt(f, n)));
  const Fright = (n: number) =>
    Math.min(...fns.map((f) => ((f[f.length - 1]?.n ?? -1) > n + 1e-9 ? valueAt(f, n) : Infinity)));
  const best = (n: number) => {
    let arg: PlFn | undefined;
    let v = Infinity;
    for (const f of fns) {
      const x = valueAt(f, n);
      if (x < v - 0.005) {
        v = x;
        arg = f;
      }
    }
    return arg;
  };
  const raw: { n: number; cost: number }[] = [];
  grid.forEach((n, i) => {
    const v = F(n);
    if (!Number.isFinite(v)) return;
    raw.push({ n, cost: v });
    const right = Fright(n);
    if (i < grid.length - 1 && Number.isFinite(right) && right > v + 0.005)
      raw.push({ n, cost: right });
  });
  // drop collinear interior points (slopes equal, or within half a cent of the chord)
  const points: { n: number; cost: number }[] = [];
  for (const p of raw) {
    const prev = points[points.length - 1];
    const before = points[points.length - 2];
    if (prev && before && p.n > prev.n && prev.n > before.n) {
      const chord = before.cost + ((p.cost - before.cost) * (prev.n - before.n)) / (p.n - before.n);
      if (Math.abs(chord - prev.cost) <= 0.005) points.pop();
    }
    points.push(p);
  }
  const pieceLevers = points.map((p, i) => {
    const a = points[i - 1];
    if (!a || !(p.n > a.n)) return [];
    const mid = (a.n + p.n) / 2;
    const f = best(mid);
    return f ? leversAt(f, mid) : [];
  });
  return { points, pieceLevers };
}
