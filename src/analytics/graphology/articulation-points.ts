/**
 * Articulation points (Hopcroft–Tarjan low-link), not offered by graphology. The DFS keeps
 * its own stack of (node, next neighbour position) so a 100k-node path cannot overflow the
 * call stack, as a recursive version would.
 */
import { nodeCount, type Csr } from './csr';

/** Indices of the nodes whose removal disconnects their component, ascending. */
export function articulationPoints(csr: Csr): number[] {
  const n = nodeCount(csr);
  const discovered = new Int32Array(n); // 0 = not visited, else discovery time from 1
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n); // next neighbour position to look at
  const stack = new Int32Array(n);
  const isCut = new Uint8Array(n);
  let time = 0;

  for (let root = 0; root < n; root++) {
    if (discovered[root] !== 0) continue;
    let rootChildren = 0;
    let top = 0;
    stack[0] = root;
    discovered[root] = low[root] = ++time;
    cursor[root] = csr.offsets[root];
    while (top >= 0) {
      const u = stack[top];
      if (cursor[u] < csr.offsets[u + 1]) {
        const v = csr.neighbours[cursor[u]++];
        if (discovered[v] === 0) {
          parent[v] = u;
          discovered[v] = low[v] = ++time;
          cursor[v] = csr.offsets[v];
          stack[++top] = v;
          if (u === root) rootChildren++;
        } else if (v !== parent[u] && discovered[v] < low[u]) {
          low[u] = discovered[v];
        }
        continue;
      }
      // u is finished: hand its low-link to its parent.
      top--;
      const p = parent[u];
      if (p < 0) continue;
      if (low[u] < low[p]) low[p] = low[u];
      if (p !== root && low[u] >= discovered[p]) isCut[p] = 1;
    }
    if (rootChildren > 1) isCut[root] = 1;
  }

  const cuts: number[] = [];
  for (let i = 0; i < n; i++) if (isCut[i] === 1) cuts.push(i);
  return cuts;
}
