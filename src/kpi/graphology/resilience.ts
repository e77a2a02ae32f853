/**
 * Resilience: the largest component's share after removing the ⌈5 % n⌉ highest-degree
 * participants (ties: higher weighted degree, then smaller id), divided by the share before.
 * The removal is a mask over the CSR rather than a copy of the graphology graph, which on
 * ~500k edges would cost hundreds of MB for one number.
 */
import { RESILIENCE_REMOVED_SHARE } from '../definitions';
import { degree, nodeCount, weightedDegree, type Csr } from './csr';
import { compareIds } from './graph';

export interface Resilience {
  resilience: number;
  /** Indices of the removed nodes, in removal-priority order. */
  removed: number[];
}

export function resilience(csr: Csr, largestComponentSize: number): Resilience {
  const n = nodeCount(csr);
  if (n === 0 || largestComponentSize === 0) return { resilience: 0, removed: [] };
  const removed = mostConnected(csr, Math.ceil(RESILIENCE_REMOVED_SHARE * n));
  const mask = new Uint8Array(n);
  for (const i of removed) mask[i] = 1;
  return { resilience: largestComponentWithout(csr, mask) / largestComponentSize, removed };
}

function mostConnected(csr: Csr, count: number): number[] {
  const n = nodeCount(csr);
  const strength = new Float64Array(n);
  for (let i = 0; i < n; i++) strength[i] = weightedDegree(csr, i);
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort(
    (a, b) => degree(csr, b) - degree(csr, a) || strength[b] - strength[a] || compareIds(csr.ids[a], csr.ids[b]),
  );
  return order.slice(0, count);
}

/** Size of the largest component of the graph without the masked nodes (BFS). */
function largestComponentWithout(csr: Csr, mask: Uint8Array): number {
  const n = nodeCount(csr);
  const seen = mask.slice();
  const queue = new Int32Array(n);
  let largest = 0;
  for (let start = 0; start < n; start++) {
    if (seen[start] === 1) continue;
    seen[start] = 1;
    queue[0] = start;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const u = queue[head++];
      for (let j = csr.offsets[u]; j < csr.offsets[u + 1]; j++) {
        const v = csr.neighbours[j];
        if (seen[v] === 0) {
          seen[v] = 1;
          queue[tail++] = v;
        }
      }
    }
    if (tail > largest) largest = tail;
  }
  return largest;
}
