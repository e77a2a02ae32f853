/**
 * Pendant trees of the graph, folded into the nodes they hang from (Baglioni et al., "Fast
 * exact computation of betweenness centrality in social networks", ASONAM 2012).
 *
 * Participants with a single tie are common in an ecosystem (39 % of the medium seed), and so
 * are chains and small trees hanging off the well-connected core. Nodes of degree 1 are
 * removed until none is left: what remains is the core (the 2-core, plus one node per
 * component that was a tree), and every removed node hangs from a parent one step closer to
 * the core. Each node stands for itself and the nodes folded into it; shortest-paths.ts runs
 * its searches on the core with those weights and derives the folded nodes' figures from the
 * tree structure.
 */
import { nodeCount, type Csr } from './csr';

export interface PendantFolding {
  /** Folded nodes in folding order: every node comes after the nodes folded into it. */
  folded: Int32Array;
  /** The node a folded node hangs from; -1 for core nodes. */
  parent: Int32Array;
  /** The core node a node's tree hangs from (itself for core nodes). */
  root: Int32Array;
  /** Steps from a node to its root. */
  depth: Int32Array;
  /** Nodes each node stands for: itself and every node folded into it, transitively. */
  size: Float64Array;
  /** Σ of the distances from each node to the nodes folded into it. */
  depthSum: Float64Array;
  /** Σ c_i² over the sizes c_i of the subtrees folded directly into each node. */
  childSquares: Float64Array;
  /** The core: nodes left after folding (in breadth-first order), and the ties between them, in compact indices. */
  core: { nodes: Int32Array; offsets: Int32Array; neighbours: Int32Array };
}

export function foldPendantTrees(csr: Csr): PendantFolding {
  const n = nodeCount(csr);
  const { offsets, neighbours } = csr;
  const degree = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const size = new Float64Array(n).fill(1);
  const depthSum = new Float64Array(n);
  const childSquares = new Float64Array(n);
  const removed = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) {
    degree[v] = offsets[v + 1] - offsets[v];
    if (degree[v] === 1) queue[tail++] = v;
  }
  const folded = new Int32Array(n);
  let foldedCount = 0;
  for (let head = 0; head < tail; head++) {
    const x = queue[head];
    // Two leaves tied to each other: the second one stays, as the core of its component.
    if (degree[x] !== 1) continue;
    let p = -1;
    for (let j = offsets[x]; j < offsets[x + 1] && p < 0; j++) if (removed[neighbours[j]] === 0) p = neighbours[j];
    removed[x] = 1;
    degree[x] = 0;
    parent[x] = p;
    folded[foldedCount++] = x;
    size[p] += size[x];
    depthSum[p] += depthSum[x] + size[x];
    childSquares[p] += size[x] * size[x];
    if (--degree[p] === 1) queue[tail++] = p;
  }
  const root = Int32Array.from({ length: n }, (_, v) => v);
  const depth = new Int32Array(n);
  // Parents before the nodes folded into them: the reverse of the folding order.
  for (let i = foldedCount - 1; i >= 0; i--) {
    const x = folded[i];
    root[x] = root[parent[x]];
    depth[x] = depth[parent[x]] + 1;
  }
  return {
    folded: folded.slice(0, foldedCount),
    parent,
    root,
    depth,
    size,
    depthSum,
    childSquares,
    core: coreOf(csr, removed, n - foldedCount),
  };
}

function coreOf(csr: Csr, removed: Uint8Array, coreSize: number): PendantFolding['core'] {
  const n = removed.length;
  // Compact indices in breadth-first order (component by component): nodes a search reaches
  // together sit together in memory, which keeps the searches' random reads in cache.
  const nodes = new Int32Array(coreSize);
  const compact = new Int32Array(n).fill(-1);
  let k = 0;
  for (let start = 0; start < n; start++) {
    if (removed[start] !== 0 || compact[start] >= 0) continue;
    let head = k;
    compact[start] = k;
    nodes[k++] = start;
    while (head < k) {
      const v = nodes[head++];
      for (let j = csr.offsets[v]; j < csr.offsets[v + 1]; j++) {
        const w = csr.neighbours[j];
        if (removed[w] === 0 && compact[w] < 0) {
          compact[w] = k;
          nodes[k++] = w;
        }
      }
    }
  }
  const offsets = new Int32Array(coreSize + 1);
  let edges = 0;
  for (let k = 0; k < coreSize; k++) {
    const v = nodes[k];
    for (let j = csr.offsets[v]; j < csr.offsets[v + 1]; j++) if (compact[csr.neighbours[j]] >= 0) edges++;
    offsets[k + 1] = edges;
  }
  const neighbours = new Int32Array(edges);
  for (let k = 0, at = 0; k < coreSize; k++) {
    const v = nodes[k];
    for (let j = csr.offsets[v]; j < csr.offsets[v + 1]; j++) {
      const w = compact[csr.neighbours[j]];
      if (w >= 0) neighbours[at++] = w;
    }
  }
  return { nodes, offsets, neighbours };
}
