/**
 * A small dense linear program: minimize c·x subject to rows a·x ≤ b or a·x ≥ b, x ≥ 0.
 * Two-phase tableau simplex with Bland's rule (deterministic, terminates on degenerate problems),
 * written for the negotiation optimizer's few-dozen-row LPs (decide.md §1.6). Numerical rules
 * from the spec: entries below 1e-11 are cleared after each pivot, and the final point is checked
 * against every row (an artificial left nonzero means infeasible).
 */
export interface LpRow {
  coef: readonly number[];
  sense: '<=' | '>=';
  rhs: number;
}

export interface LpProblem {
  objective: readonly number[];
  rows: readonly LpRow[];
}

export type LpResult =
  | { status: 'optimal'; x: number[]; value: number; duals: number[] }
  | { status: 'infeasible' | 'unbounded' };

const ZERO = 1e-11;
const EPS = 1e-9;
const MAX_PIVOTS = 20_000;

export function solveLp(problem: LpProblem): LpResult {
  const n = problem.objective.length;
  const m = problem.rows.length;
  // Rows with a negative right-hand side are negated so every rhs ≥ 0 (flip = −1).
  const flip = problem.rows.map((r) => (r.rhs < 0 ? -1 : 1));
  const sense = problem.rows.map((r, i) =>
    flip[i] === 1 ? r.sense : r.sense === '<=' ? '>=' : '<=',
  );
  const artificialRows = sense.map((s, i) => (s === '>=' ? i : -1)).filter((i) => i >= 0);
  const slack0 = n; // one slack (≤, +1) or surplus (≥, −1) column per row
  const art0 = n + m; // one artificial column per ≥ row
  const width = n + m + artificialRows.length;
  const T: number[][] = [];
  const basis: number[] = [];
  problem.rows.forEach((r, i) => {
    const f = flip[i] ?? 1;
    const row = new Array<number>(width + 1).fill(0);
    for (let j = 0; j < n; j++) row[j] = f * (r.coef[j] ?? 0);
    row[width] = f * r.rhs;
    if (sense[i] === '<=') {
      row[slack0 + i] = 1;
      basis.push(slack0 + i);
    } else {
      row[slack0 + i] = -1;
      const a = art0 + artificialRows.indexOf(i);
      row[a] = 1;
      basis.push(a);
    }
    T.push(row);
  });
  const isArtificial = (j: number) => j >= art0;

  // Phase 1: minimize the sum of artificials.
  if (artificialRows.length > 0) {
    const cost = new Array<number>(width).fill(0);
    for (let j = art0; j < width; j++) cost[j] = 1;
    const status = runSimplex(T, basis, cost, width, () => true);
    if (status !== 'optimal') return { status: 'infeasible' };
    let infeasibility = 0;
    basis.forEach((b, i) => {
      if (isArtificial(b)) infeasibility += Math.abs(T[i]?.[width] ?? 0);
    });
    if (infeasibility > EPS * Math.max(1, ...problem.rows.map((r) => Math.abs(r.rhs))))
      return { status: 'infeasible' };
    // Drive artificials (at zero) out of the basis where a real column can replace them.
    basis.forEach((b, i) => {
      if (!isArtificial(b)) return;
      const row = T[i] ?? [];
      for (let j = 0; j < art0; j++)
        if (Math.abs(row[j] ?? 0) > 1e-9) {
          pivot(T, basis, i, j, width);
          return;
        }
    });
  }

  // Phase 2: the real objective; artificials never re-enter.
  const cost = new Array<number>(width).fill(0);
  for (let j = 0; j < n; j++) cost[j] = problem.objective[j] ?? 0;
  const status = runSimplex(T, basis, cost, width, (j) => !isArtificial(j));
  if (status === 'unbounded') return { status: 'unbounded' };

  const x = new Array<number>(n).fill(0);
  basis.forEach((b, i) => {
    if (b < n) x[b] = T[i]?.[width] ?? 0;
  });
  for (const [i, b] of basis.entries())
    if (isArtificial(b) && Math.abs(T[i]?.[width] ?? 0) > 1e-7) return { status: 'infeasible' };
  if (!satisfies(problem, x)) return { status: 'infeasible' };
  const reduced = reducedCosts(T, basis, cost, width);
  // Dual of row i: minus the reduced cost of its slack over the slack's coefficient, unflipped.
  const duals = problem.rows.map((_, i) => {
    const a = sense[i] === '<=' ? 1 : -1;
    return (flip[i] ?? 1) * (-(reduced[slack0 + i] ?? 0) / a);
  });
  let value = 0;
  for (let j = 0; j < n; j++) value += (problem.objective[j] ?? 0) * (x[j] ?? 0);
  return { status: 'optimal', x, value, duals };
}

function reducedCosts(T: number[][], basis: number[], cost: number[], width: number): number[] {
  const r = cost.slice(0, width);
  T.forEach((row, i) => {
    const cb = cost[basis[i] ?? 0] ?? 0;
    if (cb === 0) return;
    for (let j = 0; j < width; j++) r[j] = (r[j] ?? 0) - cb * (row[j] ?? 0);
  });
  return r;
}

function runSimplex(
  T: number[][],
  basis: number[],
  cost: number[],
  width: number,
  allowed: (j: number) => boolean,
): 'optimal' | 'unbounded' {
  const r = reducedCosts(T, basis, cost, width);
  for (let iter = 0; iter < MAX_PIVOTS; iter++) {
    let enter = -1; // Bland: the lowest-index column with a negative reduced cost
    for (let j = 0; j < width; j++)
      if ((r[j] ?? 0) < -EPS && allowed(j)) {
        enter = j;
        break;
      }
    if (enter < 0) return 'optimal';
    let leave = -1;
    let best = Infinity;
    T.forEach((row, i) => {
      const a = row[enter] ?? 0;
      if (a <= EPS) return;
      const ratio = (row[width] ?? 0) / a;
      if (
        ratio < best - 1e-12 ||
        (Math.abs(ratio - best) <= 1e-12 && (basis[i] ?? 0) < (basis[leave] ?? Infinity))
      ) {
        best = ratio;
        leave = i;
      }
    });
    if (leave < 0) return 'unbounded';
    pivot(T, basis, leave, enter, width);
    const factor = r[enter] ?? 0;
    const prow = T[leave] ?? [];
    for (let j = 0; j < width; j++) {
      const v = (r[j] ?? 0) - factor * (prow[j] ?? 0);
      r[j] = Math.abs(v) < ZERO ? 0 : v;
    }
  }
  return 'optimal';
}

function pivot(T: number[][], basis: number[], row: number, col: number, width: number): void {
  const prow = T[row] ?? [];
  const p = prow[col] ?? 1;
  for (let j = 0; j <= width; j++) prow[j] = (prow[j] ?? 0) / p;
  T.forEach((other, i) => {
    if (i === row) return;
    const f = other[col] ?? 0;
    if (f === 0) return;
    for (let j = 0; j <= width; j++) {
      const v = (other[j] ?? 0) - f * (prow[j] ?? 0);
      other[j] = Math.abs(v) < ZERO ? 0 : v;
    }
  });
  basis[row] = col;
}

/** The point meets every row within a relative tolerance. */
function satisfies(problem: LpProblem, x: readonly number[]): boolean {
  if (x.some((v) => v < -1e-7)) return false;
  return problem.rows.every((r) => {
    let lhs = 0;
    let scale = Math.abs(r.rhs);
    r.coef.forEach((a, j) => {
      lhs += a * (x[j] ?? 0);
      scale = Math.max(scale, Math.abs(a * (x[j] ?? 0)));
    });
    const tol = 1e-7 * Math.max(1, scale);
    return r.sense === '<=' ? lhs <= r.rhs + tol : lhs >= r.rhs - tol;
  });
}
