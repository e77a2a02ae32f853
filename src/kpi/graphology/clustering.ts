/**
 * Triangle counting, and the two clustering KPIs derived from it. graphology has no
 * triangle or clustering function, so this module's one job is to count, per node, the
 * triangles it belongs to.
 *
 * Forward algorithm (Latapy 2008): each edge is oriented from the lower to the higher
 * (degree, index) rank, so every triangle is found exactly once, from its lowest-ranked
 * corner, in O(m^1.5) time and O(m) extra memory.
 */
import { degree, nodeCount, type Csr } from './csr';

/** Number of triangles through each node (float: can exceed 2^32 around big hubs). */
export function trianglesPerNode(csr: Csr): Float64Array {
  const n = nodeCount(csr);
  const rank = (i: number) => degree(csr, i) * n + i;
  // Out-neighbours: the higher-ranked end of each edge.
  const outOffsets = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) {
    let count = 0;
    for (let j = csr.offsets[u]; j < csr.offsets[u + 1]; j++) if (rank(csr.neighbours[j]) > rank(u)) count++;
    outOffsets[u + 1] = outOffsets[u] + count;
  }
  const out = new Int32Array(outOffsets[n]);
  for (let u = 0, at = 0; u < n; u++) {
    for (let j = csr.offsets[u]; j < csr.offsets[u + 1]; j++) {
      const v = csr.neighbours[j];
      if (rank(v) > rank(u)) out[at++] = v;
    }
  }
  const triangles = new Float64Array(n);
  // mark[w] === u + 1 ⇔ w is an out-neighbour of the current u (no clearing needed).
  const mark = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    for (let j = outOffsets[u]; j < outOffsets[u + 1]; j++) mark[out[j]] = u + 1;
    for (let j = outOffsets[u]; j < outOffsets[u + 1]; j++) {
      const v = out[j];
      for (let k = outOffsets[v]; k < outOffsets[v + 1]; k++) {
        const w = out[k];
        if (mark[w] === u + 1) {
          triangles[u] += 1;
          triangles[v] += 1;
          triangles[w] += 1;
        }
      }
    }
  }
  return triangles;
}

export interface Clustering {
  /** 3 × triangles / connected triples (0 without triples), NetworkX `transitivity`. */
  transitivity: number;
  /** Mean local clustering, degree < 2 counting as 0, NetworkX `average_clustering`. */
  averageClustering: number;
}

export function clustering(csr: Csr, triangles: Float64Array): Clustering {
  const n = nodeCount(csr);
  let closed = 0;
  let triples = 0;
  let localSum = 0;
  for (let i = 0; i < n; i++) {
    const d = degree(csr, i);
    const pairs = (d * (d - 1)) / 2;
    closed += triangles[i];
    triples += pairs;
    if (pairs > 0) localSum += triangles[i] / pairs;
  }
  return {
    transitivity: triples === 0 ? 0 : closed / triples,
    averageClustering: n === 0 ? 0 : localSum / n,
  };
}
