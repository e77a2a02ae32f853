/**
 * Betweenness dependencies and distance sums from a set of BFS sources, both KPIs from one
 * pass (both are on unweighted distances, so a separate pass for each would do every BFS
 * twice), with pendant trees folded (pendant-trees.ts): the searches run on the core only,
 * one per distinct core node the sources' trees hang from, and the folded nodes' figures come
 * from the tree structure. With every node a source the totals equal one plain BFS per source
 * on the whole graph; with sampled sources the distance sums do, and the betweenness estimate
 * averages to the exact one (both tested against that reference,
 * test/support/plain-shortest-paths.ts). On the seeds the core holds 44 % of the nodes and
 * 75 % of the ties.
 *
 * Betweenness follows Brandes (2001), summed over ordered pairs, in two parts:
 * - the pendant part: a node y with folded subtrees of sizes c_i (F = Σ c_i) in a component of
 *   r nodes lies on every path between two of those subtrees and between one of them and the
 *   rest: F² − Σ c_i² + 2F(r − 1 − F) over all sources. It needs no search, so it is exact
 *   even when the sources are sampled: the plan's betweenness sources (a uniform sample, or
 *   every node) get their share k / n of it, which the n / k scaling of a sample restores.
 *   Compared with accumulating it per sampled source, this keeps the estimate unbiased and
 *   takes the pendant part's sampling error out of it (hubs with many single-tie partners
 *   get most of their betweenness from it);
 * - the core part: a source x hanging from core node r makes every core node v ≠ r lie on
 *   core paths: δ_r(v) = Σ_{w: v ∈ pred(w)} σ_rv / σ_rw · (size(w) + δ_r(w)), size(w) the
 *   nodes w stands for as a target. Sources sharing a root share its search. Predecessors are
 *   not stored: v precedes w exactly when dist(v) = dist(w) − 1. Path counts are floats: on
 *   lattice-like graphs they exceed 2^32.
 * Distances: d(x, u) = h(x) + d(r, u) for a core node u; a folded node t below core node u
 * adds h(t) for sources outside u's tree and its tree distance for sources inside (summed for
 * all t at once, by counting sources per subtree and rerooting).
 */
import type { Components } from './components';
import { nodeCount, type Csr } from './csr';
import type { Pacer } from './pacer';
import { foldPendantTrees, type PendantFolding } from './pendant-trees';

export interface SourcePlan {
  /** BFS sources; the first `accumulating` of them also feed betweenness. */
  sources: Int32Array;
  accumulating: number;
}

export interface PathTotals {
  /** Σ over the accumulating sources s ≠ v of δ_s(v) (unnormalised). */
  dependency: Float64Array;
  /** Σ over all sources s of d(s, v), 0 for unreachable sources. */
  distanceFromSources: Float64Array;
  /** Σ over every u of d(v, u) for sources v (exact); NaN for the others. */
  ownDistanceSum: Float64Array;
}

export async function shortestPathPass(
  csr: Csr,
  components: Components,
  plan: SourcePlan,
  pacer: Pacer,
): Promise<PathTotals> {
  const n = nodeCount(csr);
  const folding = foldPendantTrees(csr);
  const { parent, root, depth, size, childSquares } = folding;
  const componentSize = (v: number) => components.members[components.of[v]].length;
  const totals: PathTotals = {
    dependency: new Float64Array(n),
    distanceFromSources: new Float64Array(n),
    ownDistanceSum: new Float64Array(n).fill(Number.NaN),
  };
  const { dependency } = totals;

  // Sources per root (searches are shared) and per component.
  const betweennessAt = new Float64Array(n);
  const distanceAt = new Float64Array(n);
  const componentCount = components.members.length;
  const sourcesIn = new Float64Array(componentCount);
  const sourceDepthIn = new Float64Array(componentCount);
  for (let k = 0; k < plan.sources.length; k++) {
    const x = plan.sources[k];
    const c = components.of[x];
    distanceAt[root[x]] += 1;
    sourcesIn[c] += 1;
    sourceDepthIn[c] += depth[x];
    if (k < plan.accumulating) betweennessAt[root[x]] += 1;
  }
  // The pendant part over every source, scaled to the plan's share of them (see above).
  const share = plan.accumulating / n;
  for (let v = 0; v < n; v++) {
    const below = size[v] - 1;
    const reachable = componentSize(v);
    dependency[v] = share * (below * below - childSquares[v] + 2 * below * (reachable - 1 - below));
  }

  const search = new WeightedCoreSearch(folding, totals, betweennessAt, distanceAt);
  const ownAtRoot = new Float64Array(n);
  const { nodes } = folding.core;
  for (let k = 0; k < nodes.length; k++) {
    if (distanceAt[nodes[k]] === 0) continue;
    ownAtRoot[nodes[k]] = search.run(k);
    await pacer.breathe();
  }

  for (const x of plan.sources) {
    // Down the tree from the root, the x side of each step comes one closer, the rest one farther.
    const reachable = componentSize(x);
    let own = ownAtRoot[root[x]];
    for (let y = x; parent[y] >= 0; y = parent[y]) own += reachable - 2 * size[y];
    totals.ownDistanceSum[x] = own;
  }
  foldedDistances(folding, plan, components, sourcesIn, sourceDepthIn, totals.distanceFromSources);
  return totals;
}

/**
 * Σ_x d(x, v) over the sources of v's component: core nodes hold Σ_r count(r) · d(r, u) from
 * the searches and get the sources' depths added; folded nodes are derived from their root.
 */
function foldedDistances(
  folding: PendantFolding,
  plan: SourcePlan,
  components: Components,
  sourcesIn: Float64Array,
  sourceDepthIn: Float64Array,
  distance: Float64Array,
): void {
  const { folded, parent, root, depth, core } = folding;
  const n = distance.length;
  // Sources in each subtree, and their summed distance to its top.
  const below = new Float64Array(n);
  const belowDistance = new Float64Array(n);
  for (const x of plan.sources) below[x] = 1;
  for (const x of folded) {
    below[parent[x]] += below[x];
    belowDistance[parent[x]] += belowDistance[x] + below[x];
  }
  // Σ of tree distances from the sources in a root's tree, rerooted down from the root.
  const inTree = new Float64Array(n);
  for (const u of core.nodes) {
    distance[u] += sourceDepthIn[components.of[u]];
    inTree[u] = belowDistance[u];
  }
  for (let i = folded.length - 1; i >= 0; i--) {
    const t = folded[i];
    const u = root[t];
    inTree[t] = inTree[parent[t]] + below[u] - 2 * below[t];
    const outside = sourcesIn[components.of[t]] - below[u];
    distance[t] = distance[u] - belowDistance[u] + outside * depth[t] + inTree[t];
  }
}

/** Brandes on the core with node weights, synchronous and monomorphic so V8 optimises the hot loops. */
class WeightedCoreSearch {
  private readonly dist: Int32Array;
  private readonly sigma: Float64Array;
  /** (size(w) + δ(w)) / σ(w) of the nodes already passed on the way back. */
  private readonly delta: Float64Array;
  /** BFS queue, then read backwards as Brandes' stack. */
  private readonly order: Int32Array;
  /** Nodes each core node stands for, and their summed depths below it (compact indices). */
  private readonly weight: Float64Array;
  private readonly depthSum: Float64Array;

  constructor(
    private readonly folding: PendantFolding,
    private readonly totals: PathTotals,
    /** Betweenness sources and all sources hanging from each node (original indices). */
    private readonly betweennessAt: Float64Array,
    private readonly distanceAt: Float64Array,
  ) {
    const { nodes } = folding.core;
    const k = nodes.length;
    this.dist = new Int32Array(k).fill(-1);
    this.sigma = new Float64Array(k);
    this.delta = new Float64Array(k);
    this.order = new Int32Array(k);
    this.weight = Float64Array.from(nodes, (v) => folding.size[v]);
    this.depthSum = Float64Array.from(nodes, (v) => folding.depthSum[v]);
  }

  /** Searches from core node `source` (compact index); returns its total distance to its component. */
  run(source: number): number {
    const { offsets, neighbours, nodes } = this.folding.core;
    const { dist, sigma, delta, order, weight, depthSum } = this;
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
    const sources = this.betweennessAt[nodes[source]];
    if (sources > 0) {
      // Pulled from the successors rather than pushed to the predecessors: one write per node,
      // and the successors' (size + δ) / σ read from one array.
      const dependency = this.totals.dependency;
      const share = this.delta;
      for (let i = tail - 1; i > 0; i--) {
        const v = order[i];
        const deeper = dist[v] + 1;
        let pulled = 0;
        for (let j = offsets[v], end = offsets[v + 1]; j < end; j++) {
          const w = neighbours[j];
          if (dist[w] === deeper) pulled += share[w];
        }
        const dependencyOfV = sigma[v] * pulled;
        share[v] = (weight[v] + dependencyOfV) / sigma[v];
        dependency[nodes[v]] += sources * dependencyOfV;
      }
    }
    const distance = this.totals.distanceFromSources;
    const count = this.distanceAt[nodes[source]];
    let total = 0;
    for (let i = 0; i < tail; i++) {
      const v = order[i];
      total += weight[v] * dist[v] + depthSum[v];
      distance[nodes[v]] += count * dist[v];
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
    return total;
  }
}
