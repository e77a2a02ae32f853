/**
 * Weighted eigenvector centrality, unit Euclidean norm, non-negative: the leading
 * eigenvector of the adjacency matrix, as NetworkX `eigenvector_centrality_numpy`.
 *
 * Power iteration on A + I (same eigenvectors; the shift stops the oscillation that plain
 * power iteration has on bipartite graphs such as stars and trees, where −λ is also an
 * eigenvalue). graphology-metrics 2.4.2 iterates on A + I too; it is not used because
 * - it iterates the whole graph at once: on a disconnected graph its convergence depends on
 *   how close the components' spectral radii are, and where they tie the result is whatever
 *   mix the start vector leads to;
 * - it runs synchronously: the API process would freeze for the whole computation, where this
 *   kernel yields to the event loop (Pacer);
 * - it throws when it does not converge: this kernel returns its last iterate and says so
 *   (`converged: false`, surfaced in the KPI provenance) rather than failing every KPI.
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

export interface EigenvectorResult {
  /** Per node index. */
  scores: Float64Array;
  /**
   * False when some component's power iteration reached `maxIterations` before its change fell
   * under the tolerance: the scores are then its last iterate, an approximation.
   */
  converged: boolean;
  /** Most iterations any component took. */
  iterations: number;
}

export interface EigenvectorLimits {
  tolerance: number;
  maxIterations: number;
}

/**
 * `start` (per node index, e.g. the last version's scores) warm-starts each component's
 * iteration: a component's positive entries are kept, its others filled with the uniform
 * start, then normalised; a component with none starts uniform. The fixed point is the same.
 */
export async function eigenvectorCentrality(
  csr: Csr,
  components: Components,
  pacer: Pacer,
  limits: EigenvectorLimits = EIGENVECTOR,
  start?: Float64Array,
): Promise<EigenvectorResult> {
  const n = components.of.length;
  const vector = new Float64Array(n);
  const scratch = new Float64Array(n);
  const radius = new Float64Array(components.members.length);
  let converged = true;
  let iterations = 0;
  for (let c = 0; c < components.members.length; c++) {
    const pair = await leadingPair(csr, components.members[c], vector, scratch, pacer, limits, start);
    radius[c] = pair.eigenvalue;
    converged &&= pair.converged;
    iterations = Math.max(iterations, pair.iterations);
  }
  const largest = radius.reduce((max, r) => Math.max(max, r), 0);
  const leading = components.members.filter((_, c) => radius[c] >= largest * (1 - TIE));
  const share = 1 / Math.sqrt(leading.length);
  const result = new Float64Array(n);
  for (const members of leading) for (const v of members) result[v] = vector[v] * share;
  return { scores: result, converged, iterations };
}

/**
 * Writes the component's unit Perron vector into `x` (its members' entries only) and
 * returns the eigenvalue (Rayleigh quotient), whether the iteration converged and how many
 * iterations it took.
 */
async function leadingPair(
  csr: Csr,
  members: Int32Array,
  x: Float64Array,
  y: Float64Array,
  pacer: Pacer,
  limits: EigenvectorLimits,
  start: Float64Array | undefined,
): Promise<{ eigenvalue: number; converged: boolean; iterations: number }> {
  const r = members.length;
  startVector(members, x, start);
  if (r === 1) return { eigenvalue: 0, converged: true, iterations: 0 };
  let converged = false;
  let iterations = 0;
  while (!converged && iterations < limits.maxIterations) {
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
    iterations++;
    converged = change < r * limits.tolerance;
    await pacer.breathe();
  }
  let quotient = 0;
  for (const v of members) {
    let sum = 0;
    for (let j = csr.offsets[v]; j < csr.offsets[v + 1]; j++) sum += csr.weights[j] * x[csr.neighbours[j]];
    quotient += x[v] * sum;
  }
  return { eigenvalue: quotient, converged, iterations };
}

/** The component's start: `start`'s positive entries (others uniform), unit norm; else uniform. */
function startVector(members: Int32Array, x: Float64Array, start: Float64Array | undefined): void {
  const uniform = 1 / Math.sqrt(members.length);
  const warm = start !== undefined && members.some((v) => start[v] > 0);
  let norm = 0;
  for (const v of members) {
    x[v] = warm && start[v] > 0 ? start[v] : uniform;
    norm += x[v] * x[v];
  }
  norm = Math.sqrt(norm);
  for (const v of members) x[v] /= norm;
}
