/**
 * Normalised betweenness from the accumulated dependencies, as NetworkX
 * `betweenness_centrality(normalized=True)` on an undirected graph: every pair is counted
 * from both ends, so scaling by 1 / ((n − 1)(n − 2)) equals halving and then applying
 * 2 / ((n − 1)(n − 2)). With k sampled sources the sum is extrapolated by n / k.
 */
export function normaliseBetweenness(dependency: Float64Array, sourcesUsed: number): Float64Array {
  const n = dependency.length;
  if (n <= 2 || sourcesUsed === 0) return new Float64Array(n);
  const scale = (1 / ((n - 1) * (n - 2))) * (n / sourcesUsed);
  return dependency.map((value) => value * scale);
}
