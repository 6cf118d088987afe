/** Rank-order-centroid weights, most important first: w_i = (1/n) Σ_{k=i..n} 1/k. */
export function rocWeights(n: number): number[] {
  void n;
  throw new Error('not implemented yet');
}
