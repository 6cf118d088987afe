/** Rank-order-centroid weights, most important first: w_i = (1/n) Σ_{k=i..n} 1/k. */
export function rocWeights(n: number): number[] {
  const count = Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0;
  const weights = new Array<number>(count).fill(0);
  let tail = 0; // Σ_{k=i..n} 1/k, built from the least important up
  for (let i = count; i >= 1; i--) {
    tail += 1 / i;
    weights[i - 1] = tail / count;
  }
  return weights;
}
