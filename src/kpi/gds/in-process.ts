/**
 * The loaded collaboration graph in the in-process form the graphology engine's kernels run
 * on, built at most once per GDS computation and only if a part GDS 2.13 cannot deliver needs
 * it (the eigenvector fallback, what each articulation point would cut off).
 */
import type { CollaborationGraph } from '../collaboration-graph';
import { componentsOfCsr, type Components } from '../graphology/components';
import { toCsr, type Csr } from '../graphology/csr';
import { buildGraph } from '../graphology/graph';

export interface InProcessGraph {
  csr: Csr;
  components: Components;
}

export function lazyInProcessGraph(collaboration: CollaborationGraph): () => InProcessGraph {
  let built: InProcessGraph | undefined;
  return () => {
    if (!built) {
      const csr = toCsr(buildGraph(collaboration));
      built = { csr, components: componentsOfCsr(csr) };
    }
    return built;
  };
}
