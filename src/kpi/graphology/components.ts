/**
 * Connected components (graphology-components) as a component id per node index, with the
 * sizes and member lists the per-component algorithms (closeness estimate, eigenvector) need.
 */
import { connectedComponents } from 'graphology-components';
import { nodeCount, type Csr } from './csr';
import type { AnalyticsGraph } from './graph';

export interface Components {
  /** Component id per node index; ids are positions in `members`. */
  of: Int32Array;
  /** Node indices per component. */
  members: Int32Array[];
  largestSize: number;
}

export function findComponents(graph: AnalyticsGraph): Components {
  const of = new Int32Array(graph.order);
  const members = connectedComponents(graph).map((nodes, id) => {
    const indices = new Int32Array(nodes.length);
    nodes.forEach((node, k) => {
      const index = graph.getNodeAttribute(node, 'index');
      indices[k] = index;
      of[index] = id;
    });
    return indices;
  });
  const largestSize = members.reduce((largest, component) => Math.max(largest, component.length), 0);
  return { of, members, largestSize };
}

/**
 * The same on the CSR (the incremental KPIs hold no graphology graph): components numbered
 * in the order of their smallest node index, members in breadth-first order.
 */
export function componentsOfCsr(csr: Csr): Components {
  const n = nodeCount(csr);
  const of = new Int32Array(n).fill(-1);
  const members: Int32Array[] = [];
  const queue = new Int32Array(n);
  for (let root = 0; root < n; root++) {
    if (of[root] !== -1) continue;
    const id = members.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    of[root] = id;
    while (head < tail) {
      const u = queue[head++];
      for (let j = csr.offsets[u]; j < csr.offsets[u + 1]; j++) {
        const v = csr.neighbours[j];
        if (of[v] === -1) {
          of[v] = id;
          queue[tail++] = v;
        }
      }
    }
    members.push(queue.slice(0, tail));
  }
  const largestSize = members.reduce((largest, component) => Math.max(largest, component.length), 0);
  return { of, members, largestSize };
}
