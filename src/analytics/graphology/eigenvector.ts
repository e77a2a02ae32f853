/**
 * Weighted eigenvector centrality, unit Euclidean norm, non-negative: the leading
 * eigenvector of the adjacency matrix, as NetworkX `eigenvector_centrality_numpy`.
 *
 * Power iteration on A + I (same eigenvectors; the shift stops the oscillation that plain
 * power iteration has on bipartite graphs such as stars and trees, where −λ is also an
 * eigenvalue; graphology-metrics' version iterates on A and never converges there).
 *
 * Disconnected graphs: A is block-diagonal, so its leading eigenvector lives on the
 * component(s) with the largest spectral radius and is 0 elsewhere; that is what NumPy
 * returns too. Each component is iterated on its own (its convergence then depends only on
 * its own spectral gap, not on how close another component's radius is) and the result is
 * assembled: components whose radius ties with the largest (relative 1e-9) share the unit
 * norm equally, where an eigensolver would return an arbitrary mix; a graph without edges
 * gives every node 1/√n.
 */
import { EIGENVECTOR } from '../definitions';
import type { Components } from './components';
import type { Csr } from './csr';
import type { Pacer } from './pacer';

const TIE = 1e-9;

export async function eigenvectorCentrality(csr: Csr, components: Components, pacer: Pacer): Promise<Float64Array> {
  const n = components.of.length;
  const vector = new Float64Array(n);
  const scratch = new Float64Array(n);
  const radius = new Float64Array(components.members.length);
  for (let c = 0; c < components.members.length; c++) {
    radius[c] = await leadingPair(csr, components.members[c], vector, scratch, pacer);
  }
  const largest = radius.reduce((max, r) => Math.max(max, r), 0);
  const leading = components.members.filter((_, c) => radius[c] >= largest * (1 - TIE));
  const share = 1 / Math.sqrt(leading.length);
  const result = new Float64Array(n);
  for (const members of leading) for (const v of members) result[v] = vector[v] * share;
  return result;
}

/**
 * Writes the component's unit Perron vector into `x` (its members' entries only) and
 * returns the eigenvalue (Rayleigh quotient).
 */
async function leadingPair(
  csr: Csr,
  members: Int32Array,
  x: Float64Array,
  y: Float64Array,
  pacer: Pacer,
): Promise<number> {
  const r = members.length;
  for (const v of members) x[v] = 1 / Math.sqrt(r);
  if (r === 1) return 0;
  for (let iteration = 0; iteration < EIGENVECTOR.maxIterations; iteration++) {
    let norm = 0;
    for (const v of members) {
      let sum = x[v];
      for (let j = csr.offsets[v]; j < csr.offsets[v + 1]; j++) sum += csr.weights[j] * x[csr.neighbours[j]];
      y[v] = sum;
      norm += sum * sum;
    }
    norm = Math.sqrt(norm);
    let change = 0;
    for (const v of members) {
      const next = y[v] / norm;
      change += Math.abs(next - x[v]);
      x[v] = next;
    }
    if (change < r * EIGENVECTOR.tolerance) break;
    await pacer.breathe();
  }
  let quotient = 0;
  for (const v of members) {
    let sum = 0;
    for (let j = csr.offsets[v]; j < csr.offsets[v + 1]; j++) sum += csr.weights[j] * x[csr.neighbours[j]];
    quotient += x[v] * sum;
  }
  return quotient;
}
