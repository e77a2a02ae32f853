/**
 * Sampled betweenness for the GDS engine, from sources drawn uniformly (issue 15, item 3).
 * GDS 2.13's sampler keeps a source with probability degree / maxDegree, so scaling its sum by
 * n / k overestimated betweenness 2.4× on the large seed and no error bound held. Above the
 * exact threshold the engine therefore runs the graphology engine's sampler on the loaded
 * graph instead: the same seeded uniform draw without replacement (Brandes & Pich 2007), one
 * BFS per source, scaled by n / k, with its 95 % Hoeffding bound. The provenance says the
 * figure is in-process.
 */
import type { BetweennessSampling } from '../engine';
import { normaliseBetweenness } from '../graphology/betweenness';
import { Pacer } from '../graphology/pacer';
import { shortestPathPass } from '../graphology/shortest-paths';
import { planSources, type SamplingOptions } from '../graphology/source-sampling';
import type { InProcessGraph } from './in-process';

export async function uniformSampledBetweenness(
  graph: InProcessGraph,
  options: SamplingOptions,
): Promise<{ scores: Map<string, number>; sampling: BetweennessSampling }> {
  const { csr, components } = graph;
  const plan = planSources(csr.ids.length, components, options);
  // Only the sources that feed betweenness: GDS computes closeness itself, exactly.
  const sources = plan.sources.subarray(0, plan.accumulating);
  const paths = await shortestPathPass(csr, components, { sources, accumulating: plan.accumulating }, new Pacer());
  const scores = normaliseBetweenness(paths.dependency, plan.accumulating);
  return { scores: new Map(csr.ids.map((id, i) => [id, scores[i]])), sampling: plan.betweenness };
}
