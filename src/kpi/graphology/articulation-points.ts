/**
 * Articulation points and bridges (Hopcroft–Tarjan low-link), not offered by graphology, in
 * one DFS. The same pass keeps subtree sizes, so it also says what each one would cut off:
 * - a tree edge (p, u) is a bridge when low[u] > discovered[p]; removing it leaves u's
 *   subtree on one side and the rest of the component on the other;
 * - p is an articulation point when a child u has low[u] ≥ discovered[p] (the root: when it
 *   has two children); each such child's subtree becomes a piece of its own, and the rest of
 *   the component (its parent's side) another.
 * The DFS keeps its own stack of (node, next neighbour position) so a 100k-node path cannot
 * overflow the call stack, as a recursive version would. The graph must be simple (C is).
 */
import { nodeCount, type Csr } from './csr';

export interface CutPoint {
  node: number;
  /**
   * Participants of its component, itself excluded, that are not in the largest remaining
   * piece once it is removed: how many it would cut off from the rest.
   */
  cutOff: number;
}

export interface Bridge {
  /** Node indices, a < b. */
  a: number;
  b: number;
  weight: number;
  /** Nodes on the smaller side once the edge is removed. */
  smallerSide: number;
}

export interface CutStructure {
  /** Ascending by node index. */
  articulationPoints: CutPoint[];
  /** Ascending by (a, b). */
  bridges: Bridge[];
}

export function cutStructure(csr: Csr): CutStructure {
  const n = nodeCount(csr);
  const discovered = new Int32Array(n); // 0 = not visited, else discovery time from 1
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const parentWeight = new Float64Array(n); // weight of the tree edge to the parent
  const cursor = new Int32Array(n); // next neighbour position to look at
  const stack = new Int32Array(n);
  const size = new Int32Array(n); // subtree size, complete once the node is finished
  const separated = new Int32Array(n); // Σ sizes of the children's subtrees cut off by removing the node
  const largestSeparated = new Int32Array(n);
  const isCut = new Uint8Array(n);
  const articulationPoints: CutPoint[] = [];
  const bridges: Bridge[] = [];
  let time = 0;

  for (let root = 0; root < n; root++) {
    if (discovered[root] !== 0) continue;
    const members: number[] = [];
    const treeBridges: number[] = []; // child ends of this tree's bridges
    let rootChildren = 0;
    let top = 0;
    stack[0] = root;
    discovered[root] = low[root] = ++time;
    cursor[root] = csr.offsets[root];
    while (top >= 0) {
      const u = stack[top];
      if (cursor[u] < csr.offsets[u + 1]) {
        const at = cursor[u]++;
        const v = csr.neighbours[at];
        if (discovered[v] === 0) {
          parent[v] = u;
          parentWeight[v] = csr.weights[at];
          discovered[v] = low[v] = ++time;
          cursor[v] = csr.offsets[v];
          stack[++top] = v;
          if (u === root) rootChildren++;
        } else if (v !== parent[u] && discovered[v] < low[u]) {
          low[u] = discovered[v];
        }
        continue;
      }
      // u is finished: hand its low-link and size to its parent.
      top--;
      size[u] += 1;
      members.push(u);
      const p = parent[u];
      if (p < 0) continue;
      size[p] += size[u];
      if (low[u] < low[p]) low[p] = low[u];
      if (low[u] >= discovered[p]) {
        // Removing p cuts u's subtree off (for the root: if it has another child).
        separated[p] += size[u];
        if (size[u] > largestSeparated[p]) largestSeparated[p] = size[u];
        if (p !== root) isCut[p] = 1;
      }
      if (low[u] > discovered[p]) treeBridges.push(u);
    }
    if (rootChildren > 1) isCut[root] = 1;

    // The component is complete: its size gives the other side of every cut.
    const componentSize = size[root];
    for (const u of treeBridges) {
      const p = parent[u];
      bridges.push({
        a: Math.min(p, u),
        b: Math.max(p, u),
        weight: parentWeight[u],
        smallerSide: Math.min(size[u], componentSize - size[u]),
      });
    }
    for (const p of members) {
      if (isCut[p] !== 1) continue;
      // The parent's side (empty for the root) is one more piece.
      const rest = componentSize - 1 - separated[p];
      const largestPiece = Math.max(largestSeparated[p], rest);
      articulationPoints.push({ node: p, cutOff: componentSize - 1 - largestPiece });
    }
  }

  articulationPoints.sort((x, y) => x.node - y.node);
  bridges.sort((x, y) => x.a - y.a || x.b - y.b);
  return { articulationPoints, bridges };
}
