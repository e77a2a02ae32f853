/**
 * The reference the engine's folded shortest-path pass (src/kpi/graphology/shortest-paths.ts)
 * is tested against: one breadth-first search per source on the whole graph, nothing folded.
 * It was the engine's own pass until pendant trees were folded (issue 15).
 *
 * Betweenness follows Brandes (2001): path counts on the way out, dependencies
 * δ_s(v) = Σ_{w: v ∈ pred(w)} σ_sv / σ_sw · (1 + δ_s(w)) on the way back in reverse BFS
 * order. Predecessors are not stored: v precedes w exactly when dist(v) = dist(w) − 1, so
 * memory stays at a few typed arrays of n whatever the graph. Path counts are floats: on
 * lattice-like graphs they exceed 2^32 quickly (graphology's own routine uses Uint32Array
 * and would wrap around).
 */
import { nodeCount, type Csr } from '../../src/kpi/graphology/csr';
import type { PathTotals, SourcePlan } from '../../src/kpi/graphology/shortest-paths';

export function plainShortestPathPass(csr: Csr, plan: SourcePlan): PathTotals {
  const search = new SingleSourceSearch(csr);
  for (let k = 0; k < plan.sources.length; k++) search.run(plan.sources[k], k < plan.accumulating);
  return search.totals;
}

/** The per-source work, kept synchronous and monomorphic so V8 optimises the hot loops. */
class SingleSourceSearch {
  readonly totals: PathTotals;
  private readonly dist: Int32Array;
  private readonly sigma: Float64Array;
  private readonly delta: Float64Array;
  /** BFS queue, then read backwards as Brandes' stack. */
  private readonly order: Int32Array;

  constructor(private readonly csr: Csr) {
    const n = nodeCount(csr);
    this.totals = {
      dependency: new Float64Array(n),
      distanceFromSources: new Float64Array(n),
      ownDistanceSum: new Float64Array(n).fill(Number.NaN),
    };
    this.dist = new Int32Array(n).fill(-1);
    this.sigma = new Float64Array(n);
    this.delta = new Float64Array(n);
    this.order = new Int32Array(n);
  }

  run(source: number, accumulate: boolean): void {
    const reached = this.forward(source);
    if (accumulate) this.backward(reached);
    this.collectAndReset(source, reached);
  }

  /** BFS with shortest-path counts; returns the number of nodes reached. */
  private forward(source: number): number {
    const { offsets, neighbours } = this.csr;
    const { dist, sigma, order } = this;
    dist[source] = 0;
    sigma[source] = 1;
    order[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++];
      const next = dist[v] + 1;
      const paths = sigma[v];
      for (let j = offsets[v], end = offsets[v + 1]; j < end; j++) {
        const w = neighbours[j];
        const dw = dist[w];
        if (dw < 0) {
          dist[w] = next;
          sigma[w] = paths;
          order[tail++] = w;
        } else if (dw === next) {
          sigma[w] += paths;
        }
      }
    }
    return tail;
  }

  /** Dependencies in reverse BFS order, added to the running totals. */
  private backward(reached: number): void {
    const { offsets, neighbours } = this.csr;
    const { dist, sigma, delta, order } = this;
    const dependency = this.totals.dependency;
    for (let i = reached - 1; i > 0; i--) {
      const w = order[i];
      const coefficient = (1 + delta[w]) / sigma[w];
      const previous = dist[w] - 1;
      for (let j = offsets[w], end = offsets[w + 1]; j < end; j++) {
        const v = neighbours[j];
        if (dist[v] === previous) delta[v] += sigma[v] * coefficient;
      }
      dependency[w] += delta[w];
    }
  }

  /** Adds this source's distances, then clears only what it touched (small components stay cheap). */
  private collectAndReset(source: number, reached: number): void {
    const { dist, sigma, delta, order } = this;
    const fromSources = this.totals.distanceFromSources;
    let own = 0;
    for (let i = 0; i < reached; i++) {
      const v = order[i];
      own += dist[v];
      fromSources[v] += dist[v];
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
    this.totals.ownDistanceSum[source] = own;
  }
}
