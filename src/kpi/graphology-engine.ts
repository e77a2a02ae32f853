/**
 * The in-process analytics engine: every structural KPI of the collaboration graph with
 * graphology and typed-array kernels, same definitions and normalisation as NetworkX (see
 * ../../shared/DESIGN.md and definitions.ts). It needs no GDS plugin, so it is the fallback
 * when the database cannot run the algorithms, and the reference the GDS engine is checked
 * against in tests.
 *
 * What comes from where:
 * - graphology-metrics: modularity (communities.ts);
 *   graphology-communities-louvain: communities (best of seeded runs, see COMMUNITY_RUNS).
 * - Own kernels on a CSR copy (csr.ts), where graphology has nothing or its version does not
 *   fit: PageRank (pagerank.ts, warm-startable), betweenness + closeness in one BFS pass on the core left after folding pendant trees (shortest-paths.ts, pendant-trees.ts; sampled above
 *   `exactBetweennessMaxNodes`, see source-sampling.ts), eigenvector (eigenvector.ts),
 *   triangles/clustering (clustering.ts), articulation points and bridges with what each
 *   would cut off (articulation-points.ts),
 *   resilience (resilience.ts).
 */
import { performance } from 'node:perf_hooks';
import type { CollaborationGraph } from './collaboration-graph';
import { BETWEENNESS_SAMPLE_SIZE, communityRuns, EXACT_BETWEENNESS_MAX_NODES } from './definitions';
import type {
  AnalyticsEngine,
  EngineName,
  GraphAnalytics,
  NetworkStructure,
  NodeCentralities,
  Provenance,
} from './engine';
import { CENTRALITY_METRICS } from './definitions';
import { cutStructure } from './graphology/articulation-points';
import { normaliseBetweenness } from './graphology/betweenness';
import { wassermanFaustCloseness } from './graphology/closeness';
import { clustering, trianglesPerNode } from './graphology/clustering';
import { louvainCommunities } from './graphology/communities';
import { componentsOfCsr } from './graphology/components';
import { degree, toCsr, weightedDegree } from './graphology/csr';
import { eigenvectorCentrality } from './graphology/eigenvector';
import { buildGraph } from './graphology/graph';
import { Pacer } from './graphology/pacer';
import { pageRank } from './graphology/pagerank';
import { resilience } from './graphology/resilience';
import { shortestPathPass } from './graphology/shortest-paths';
import { planSources } from './graphology/source-sampling';

export interface GraphologyEngineOptions {
  /** Exact betweenness up to this many nodes, source sampling above. */
  exactBetweennessMaxNodes?: number;
  /** Sources drawn when sampling. */
  betweennessSampleSize?: number;
  /** Seed of the source sampling and of Louvain's visiting order (first of its runs). */
  seed?: number;
}

export const DEFAULT_SEED = 42;

export class GraphologyEngine implements AnalyticsEngine {
  readonly name: EngineName = 'graphology';
  private readonly exactMaxNodes: number;
  private readonly sampleSize: number;
  private readonly seed: number;

  constructor(options: GraphologyEngineOptions = {}) {
    this.exactMaxNodes = options.exactBetweennessMaxNodes ?? EXACT_BETWEENNESS_MAX_NODES;
    this.sampleSize = options.betweennessSampleSize ?? BETWEENNESS_SAMPLE_SIZE;
    this.seed = options.seed ?? DEFAULT_SEED;
    if (!Number.isInteger(this.sampleSize) || this.sampleSize < 1) {
      throw new RangeError(`betweennessSampleSize must be a positive integer, got ${this.sampleSize}`);
    }
  }

  async compute(collaboration: CollaborationGraph): Promise<GraphAnalytics> {
    const started = performance.now();
    const pacer = new Pacer();
    const graph = buildGraph(collaboration);
    const csr = toCsr(graph);
    const n = graph.order;
    const m = graph.size;

    const components = componentsOfCsr(csr);
    const plan = planSources(n, components, {
      exactMaxNodes: this.exactMaxNodes,
      sampleSize: this.sampleSize,
      seed: this.seed,
    });
    const paths = await shortestPathPass(csr, components, plan, pacer);
    const betweenness = normaliseBetweenness(paths.dependency, plan.accumulating);
    const closeness = wassermanFaustCloseness(paths, components, plan.sourcesPerComponent);
    const eigenvector = await eigenvectorCentrality(csr, components, pacer);
    const rank = pageRank(csr).scores;
    const communities = louvainCommunities(graph, this.seed, communityRuns(m));
    const { transitivity, averageClustering } = clustering(csr, trianglesPerNode(csr));
    const cuts = cutStructure(csr);

    const network: NetworkStructure = {
      nodeCount: n,
      edgeCount: m,
      density: n < 2 ? 0 : (2 * m) / (n * (n - 1)),
      averageDegree: n === 0 ? 0 : (2 * m) / n,
      transitivity,
      averageClustering,
      components: components.members.length,
      largestComponentShare: n === 0 ? 0 : components.largestSize / n,
      modularity: communities.modularity,
      // Node indices follow id order (graph.ts), so index order is id order.
      articulationPoints: cuts.articulationPoints.map(({ node, cutOff }) => ({ id: csr.ids[node], cutOff })),
      bridges: cuts.bridges.map(({ a, b, weight, smallerSide }) => ({
        source: csr.ids[a],
        target: csr.ids[b],
        weight,
        smallerSide,
      })),
      resilience: resilience(csr, components.largestSize).resilience,
    };

    const nodes = new Map<string, NodeCentralities>();
    csr.ids.forEach((id, i) => {
      nodes.set(id, {
        degree: degree(csr, i),
        weightedDegree: weightedDegree(csr, i),
        pageRank: rank[i],
        betweenness: betweenness[i],
        closeness: closeness[i],
        eigenvector: eigenvector.scores[i],
        community: communities.of[i],
      });
    });

    return {
      engine: this.name,
      provenance: inProcessProvenance(eigenvector.converged),
      network,
      nodes,
      betweenness: plan.betweenness,
      elapsedMs: performance.now() - started,
    };
  }
}

/** Every figure from the in-process kernels (this engine). */
export function inProcessProvenance(eigenvectorConverged: boolean): Provenance {
  return {
    centralities: Object.fromEntries(
      CENTRALITY_METRICS.map((metric) => [metric, 'in-process']),
    ) as Provenance['centralities'],
    eigenvector: { source: 'in-process', converged: eigenvectorConverged },
    communities: 'in-process',
    structure: 'in-process',
    articulationPoints: 'in-process',
    articulationCutOffs: 'in-process',
    bridges: 'in-process',
  };
}
