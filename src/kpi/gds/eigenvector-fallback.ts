/**
 * When GDS cannot deliver eigenvector centrality, the shared in-process kernel computes it.
 *
 * GDS 2.13's eigenvector sends each superstep's *unnormalised* scores as messages (only the
 * kept scores are L2-normalised), so the messages grow like (λ + 1)^k and the sum of squares
 * overflows after about 150 / log10(λ + 1) supersteps. The run then reports didConverge with
 * zeros (or infinities) for every node. On graphs whose leading eigenvalues are close (e.g.
 * several similar components, as in the medium demo ecosystem: λ ≈ 8.4, convergence to
 * 1e-12 needs ~170 supersteps, overflow at 170) that happens before convergence. A result
 * is therefore used only if GDS says it converged and it is a finite, non-negative unit
 * vector; otherwise the graphology engine's kernel (per-component power iteration, same
 * definition) runs on the collaboration graph the engine was given.
 */
import { eigenvectorCentrality } from '../graphology/eigenvector';
import { Pacer } from '../graphology/pacer';
import type { InProcessGraph } from './in-process';

const UNIT_NORM_TOLERANCE = 1e-6;

export function isConvergedUnitVector(values: readonly number[], didConverge: boolean): boolean {
  if (!didConverge) return false;
  if (values.length === 0) return true;
  let squares = 0;
  for (const value of values) {
    if (!Number.isFinite(value) || value < -UNIT_NORM_TOLERANCE) return false;
    squares += value * value;
  }
  return Math.abs(squares - 1) <= UNIT_NORM_TOLERANCE;
}

/** Eigenvector centrality per participant id, computed in process, and whether it converged. */
export async function inProcessEigenvector({
  csr,
  components,
}: InProcessGraph): Promise<{ scores: Map<string, number>; converged: boolean }> {
  const { scores, converged } = await eigenvectorCentrality(csr, components, new Pacer());
  return { scores: new Map(csr.ids.map((id, i) => [id, scores[i]])), converged };
}
