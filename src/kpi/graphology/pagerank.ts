/**
 * PageRank as NetworkX `pagerank(alpha=0.85, weight="weight")` on the CSR: each undirected
 * edge walked both ways with its weight, the mass of dangling (isolated) nodes spread
 * uniformly, the same L1 stopping rule (N · tolerance), far tighter than graphology's default
 * 1e-6; the result is renormalised so rounding drift cannot make the scores sum to anything
 * but 1. Own kernel rather than graphology-metrics' because the incremental KPIs warm-start it
 * from the previous version's scores (graphology-metrics always starts from 1/N), and the
 * typed arrays allocate nothing per iteration.
 */
import { PAGERANK } from '../definitions';
import { nodeCount, weightedDegree, type Csr } from './csr';

export interface PageRankResult {
  /** Per node index, summing to 1. */
  scores: Float64Array;
  iterations: number;
}

/**
 * `start`: scores per node index to begin from (e.g. the last version's, new nodes 0); any
 * non-negative vector with a positive sum converges to the same fixed point, a near one in
 * fewer iterations.
 */
export function pageRank(csr: Csr, start?: Float64Array): PageRankResult {
  const n = nodeCount(csr);
  if (n === 0) return { scores: new Float64Array(0), iterations: 0 };
  const { damping, tolerance, maxIterations } = PAGERANK;
  const outWeight = new Float64Array(n);
  for (let i = 0; i < n; i++) outWeight[i] = weightedDegree(csr, i);
  let x: Float64Array = initial(n, start);
  let next: Float64Array = new Float64Array(n);
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    let dangling = 0;
    for (let i = 0; i < n; i++) if (outWeight[i] === 0) dangling += x[i];
    const base = (damping * dangling + (1 - damping)) / n;
    let change = 0;
    for (let v = 0; v < n; v++) {
      let sum = 0;
      for (let j = csr.offsets[v], end = csr.offsets[v + 1]; j < end; j++) {
        const u = csr.neighbours[j];
        sum += (x[u] * csr.weights[j]) / outWeight[u];
      }
      next[v] = base + damping * sum;
      change += Math.abs(next[v] - x[v]);
    }
    [x, next] = [next, x];
    if (change < n * tolerance) break;
  }
  let total = 0;
  for (let i = 0; i < n; i++) total += x[i];
  for (let i = 0; i < n; i++) x[i] /= total;
  return { scores: x, iterations };
}

function initial(n: number, start: Float64Array | undefined): Float64Array {
  const x = new Float64Array(n);
  let total = 0;
  if (start?.length === n) for (let i = 0; i < n; i++) total += Math.max(0, start[i]);
  if (!(total > 0) || !start) return x.fill(1 / n);
  for (let i = 0; i < n; i++) x[i] = Math.max(0, start[i]) / total;
  return x;
}
