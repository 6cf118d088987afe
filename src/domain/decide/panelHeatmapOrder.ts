/**
 * Member order for the similarity heatmap, so clusters sit on the diagonal (as AHP-OS's cluster
 * view): average-linkage agglomeration on the similarity, leaves read left to right.
 */
export function clusterOrder(similarity: readonly (readonly number[])[]): number[] {
  let clusters = similarity.map((_, i) => [i]);
  const average = (a: number[], b: number[]) => {
    let s = 0;
    for (const i of a) for (const j of b) s += similarity[i]?.[j] ?? 0;
    return s / (a.length * b.length);
  };
  while (clusters.length > 1) {
    let best = { a: 0, b: 1, s: -Infinity };
    for (let a = 0; a < clusters.length; a++)
      for (let b = a + 1; b < clusters.length; b++) {
        const s = average(clusters[a]!, clusters[b]!);
        if (s > best.s) best = { a, b, s }; // strict: the first pair wins a tie
      }
    const left = clusters[best.a]!;
    const right = clusters[best.b]!;
    // Join the ends that are most alike: right's nearer end next to left's last member.
    const last = left[left.length - 1]!;
    const first = right[0]!;
    const tail = right[right.length - 1]!;
    const joined =
      (similarity[last]?.[tail] ?? 0) > (similarity[last]?.[first] ?? 0)
        ? [...left, ...[...right].reverse()]
        : [...left, ...right];
    clusters = clusters.filter((_, i) => i !== best.a && i !== best.b);
    clusters.splice(best.a, 0, joined);
  }
  return clusters[0] ?? [];
}
