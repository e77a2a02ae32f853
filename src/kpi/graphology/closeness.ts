/**
 * Wasserman–Faust closeness on unweighted distances (NetworkX
 * `closeness_centrality(wf_improved=True)`): for v in a component of r nodes,
 * (r − 1) / Σ_u d(v, u) · (r − 1) / (n − 1); 0 for isolated nodes.
 *
 * Σ_u d(v, u) is exact when v was a BFS source (always, below the sampling threshold).
 * Otherwise it is estimated from the t sources of v's component (Eppstein & Wang 2004):
 * distances are symmetric, so Σ_s d(s, v) over those sources, scaled by (r − 1) / t,
 * estimates v's total distance to its component.
 */
import type { Components } from './components';
import type { PathTotals } from './shortest-paths';

export function wassermanFaustCloseness(
  paths: PathTotals,
  components: Components,
  sourcesPerComponent: Int32Array,
): Float64Array {
  const n = components.of.length;
  const closeness = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const c = components.of[v];
    const reachable = components.members[c].length - 1;
    if (reachable === 0) continue;
    const own = paths.ownDistanceSum[v];
    const total = Number.isNaN(own) ? (reachable * paths.distanceFromSources[v]) / sourcesPerComponent[c] : own;
    closeness[v] = (reachable / total) * (reachable / (n - 1));
  }
  return closeness;
}
