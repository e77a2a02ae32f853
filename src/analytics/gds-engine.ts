/**
 * The in-database analytics engine: every structural KPI of the collaboration graph C
 * computed by Neo4j Graph Data Science 2.13, converted to the same definitions as the
 * graphology engine (NetworkX conventions, see definitions.ts and gds/normalise.ts).
 *
 * One computation = one read transaction, so one server and one GDS catalog: project C once
 * under a unique name, run each algorithm in `mutate` mode, stream all node properties in one
 * statement, project the resilience subgraph and measure its largest component. Every
 * projection made (a driver retry makes new ones) is dropped afterwards, whatever happened.
 * (The drops are separate transactions: behind a cluster's routing they could reach another
 * member; GDS on a cluster needs a dedicated setup anyway.)
 *
 * GDS projects C itself from the database. The `graph` argument, loaded with the same
 * definition, is only used when GDS's eigenvector fails (gds/eigenvector-fallback.ts).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Gateway, Tx } from '../db/gateway';
import type { CollaborationGraph } from './collaboration-graph';
import { BETWEENNESS_SAMPLE_SIZE, EXACT_BETWEENNESS_MAX_NODES } from './definitions';
import type { AnalyticsEngine, EngineName, GraphAnalytics, NetworkStructure, NodeCentralities } from './engine';
import * as algorithms from './gds/algorithms';
import { NODE_PROPERTIES, type BetweennessSamplingConfig, type RelationshipTypes } from './gds/algorithms';
import {
  COLLABORATES,
  dropGraph,
  GRAPH_NAME_PREFIX,
  projectCollaborationGraph,
  projectWithoutNodes,
  SHARES,
} from './gds/catalog';
import {
  betweennessScale,
  clustering,
  componentSummary,
  parseNodes,
  renumberCommunities,
  unitSum,
  type GdsNode,
} from './gds/normalise';
import { mostConnected, removalCount, resilienceRatio } from './gds/resilience';
import { inProcessEigenvector, isConvergedUnitVector } from './gds/eigenvector-fallback';

export interface GdsEngineOptions {
  /** Exact betweenness up to this many nodes, source sampling above. */
  exactBetweennessMaxNodes?: number;
  /** Sources GDS samples above the threshold. */
  betweennessSampleSize?: number;
  /** Seed of the source sampling. */
  seed?: number;
}

export const DEFAULT_SAMPLING_SEED = 42;

/** What the read transaction brings back; turned into GraphAnalytics after it. */
interface InDatabase {
  nodes: GdsNode[];
  modularity: number;
  eigenvectorConverged: boolean;
  resilience: number;
  sampling: BetweennessSamplingConfig | null;
}

const EMPTY_NETWORK: NetworkStructure = {
  nodeCount: 0,
  edgeCount: 0,
  density: 0,
  averageDegree: 0,
  transitivity: 0,
  averageClustering: 0,
  components: 0,
  largestComponentShare: 0,
  modularity: 0,
  articulationPoints: [],
  resilience: 0,
};

export class GdsEngine implements AnalyticsEngine {
  readonly name: EngineName = 'gds';
  private readonly exactMaxNodes: number;
  private readonly sampleSize: number;
  private readonly seed: number;

  /** `gateway` should carry a long transaction timeout: one computation is one transaction. */
  constructor(
    private readonly gateway: Gateway,
    options: GdsEngineOptions = {},
  ) {
    this.exactMaxNodes = options.exactBetweennessMaxNodes ?? EXACT_BETWEENNESS_MAX_NODES;
    this.sampleSize = options.betweennessSampleSize ?? BETWEENNESS_SAMPLE_SIZE;
    this.seed = options.seed ?? DEFAULT_SAMPLING_SEED;
    if (!Number.isInteger(this.sampleSize) || this.sampleSize < 1) {
      throw new RangeError(`betweennessSampleSize must be a positive integer, got ${this.sampleSize}`);
    }
  }

  async compute(graph: CollaborationGraph): Promise<GraphAnalytics> {
    const started = performance.now();
    const results = await this.inDatabase();
    if (!results) {
      return {
        engine: this.name,
        network: { ...EMPTY_NETWORK, articulationPoints: [] },
        nodes: new Map(),
        betweenness: { sampled: false, sampleSize: 0, errorBound: 0 },
        elapsedMs: performance.now() - started,
      };
    }
    const eigenvector = results.eigenvectorConverged ? null : await inProcessEigenvector(graph);
    const n = results.nodes.length;
    const { sampling } = results;
    return {
      engine: this.name,
      network: this.network(results),
      nodes: this.centralities(results.nodes, sampling?.size ?? n, eigenvector),
      betweenness: sampling
        ? // GDS 2.13 keeps sources with probability degree / maxDegree, not uniformly: the
          // Hoeffding bound does not apply (measured ~2x overestimate on the large seed).
          { sampled: true, sampleSize: sampling.size, errorBound: null }
        : { sampled: false, sampleSize: n, errorBound: 0 },
      elapsedMs: performance.now() - started,
    };
  }

  /** The GDS part: one read transaction, every projection dropped afterwards. */
  private async inDatabase(): Promise<InDatabase | null> {
    const projections: string[] = [];
    const project = () => {
      const name = `${GRAPH_NAME_PREFIX}${randomUUID()}`;
      projections.push(name);
      return name;
    };
    let results: InDatabase | null;
    try {
      results = await this.gateway.read((tx) => this.run(tx, project));
    } catch (error) {
      await this.drop(projections).catch(() => undefined); // the computation's error matters more
      throw error;
    }
    await this.drop(projections);
    return results;
  }

  private async run(tx: Tx, project: () => string): Promise<InDatabase | null> {
    const graphName = project();
    const [projected] = await tx.run(projectCollaborationGraph(graphName));
    // No participant: the aggregation saw no row and created no graph.
    if (projected?.graphName == null) return null;
    const n = Number(projected.nodeCount);
    // A type without any relationship is not in the projection, and naming it is an error.
    const edgeless = Number(projected.relationshipCount) === 0;
    const types: RelationshipTypes = edgeless
      ? { pairs: ['*'], parallel: ['*'] }
      : { pairs: [COLLABORATES], parallel: [SHARES] };
    const sampling = this.sampling(n);

    await tx.run(algorithms.degree(graphName, types, false));
    await tx.run(algorithms.degree(graphName, types, true));
    await tx.run(algorithms.pageRank(graphName, types));
    await tx.run(algorithms.betweenness(graphName, types, sampling));
    await tx.run(algorithms.closeness(graphName, types));
    const [eigenvector] = await tx.run(algorithms.eigenvector(graphName, types));
    const [louvain] = await tx.run(algorithms.louvain(graphName, types));
    await tx.run(algorithms.triangles(graphName, types));
    await tx.run(algorithms.components(graphName, types));
    // GDS 2.13's articulation points fail on a graph without relationships (index out of
    // bounds); there are none to find there anyway.
    if (!edgeless) await tx.run(algorithms.articulationPoints(graphName, types));
    const properties = NODE_PROPERTIES.filter((property) => !edgeless || property !== 'articulationPoint');
    const nodes = parseNodes(await tx.run(algorithms.streamNodeProperties(graphName, properties)), {
      articulationPoint: 0,
    });

    return {
      nodes,
      // Modularity of a partition without edges is 0 / 0; 0, as the graphology engine reports.
      modularity: edgeless ? 0 : Number(louvain?.modularity ?? 0),
      eigenvectorConverged: isConvergedUnitVector(
        nodes.map((node) => node.values.eigenvector),
        eigenvector?.didConverge === true,
      ),
      resilience: await this.resilience(tx, graphName, project(), types, nodes),
      sampling,
    };
  }

  private sampling(n: number): BetweennessSamplingConfig | null {
    if (n <= this.exactMaxNodes || this.sampleSize >= n) return null;
    return { size: this.sampleSize, seed: this.seed };
  }

  private async resilience(
    tx: Tx,
    graphName: string,
    subgraphName: string,
    types: RelationshipTypes,
    nodes: GdsNode[],
  ): Promise<number> {
    const largestBefore = componentSummary(nodes).largestSize;
    const removed = mostConnected(nodes, removalCount(nodes.length));
    const remaining = nodes.length - removed.length;
    const [subgraph] = await tx.run(
      projectWithoutNodes(
        subgraphName,
        graphName,
        types.pairs,
        removed.map((node) => node.nodeId),
      ),
    );
    let largest: number | null = null;
    if (subgraph?.nodeCount != null) {
      const [row] = await tx.run(algorithms.largestComponentSize(subgraphName));
      largest = Number(row?.largest ?? 0);
    }
    return resilienceRatio(largestBefore, largest, remaining);
  }

  private network({ nodes, modularity, resilience }: InDatabase): NetworkStructure {
    const n = nodes.length;
    const m = nodes.reduce((sum, node) => sum + node.values.degree, 0) / 2;
    const components = componentSummary(nodes);
    return {
      nodeCount: n,
      edgeCount: m,
      density: n < 2 ? 0 : (2 * m) / (n * (n - 1)),
      averageDegree: n === 0 ? 0 : (2 * m) / n,
      ...clustering(nodes),
      components: components.count,
      largestComponentShare: n === 0 ? 0 : components.largestSize / n,
      modularity,
      // Nodes come sorted by participant id.
      articulationPoints: nodes.filter((node) => node.values.articulationPoint === 1).map((node) => node.id),
      resilience,
    };
  }

  private centralities(
    nodes: GdsNode[],
    sourcesUsed: number,
    eigenvector: Map<string, number> | null,
  ): Map<string, NodeCentralities> {
    const pageRank = unitSum(nodes.map((node) => node.values.pageRank));
    const scale = betweennessScale(nodes.length, sourcesUsed);
    const community = renumberCommunities(nodes);
    return new Map(
      nodes.map((node, i) => [
        node.id,
        {
          degree: node.values.degree,
          weightedDegree: node.values.weightedDegree,
          pageRank: pageRank[i],
          betweenness: node.values.betweenness * scale,
          closeness: node.values.closeness,
          // A participant the loaded graph lacks (written in between) gets 0 from the fallback.
          eigenvector: eigenvector ? (eigenvector.get(node.id) ?? 0) : node.values.eigenvector,
          community: community.get(node.id) ?? 0,
        },
      ]),
    );
  }

  /** Tries every drop; a failure is reported after the others were attempted. */
  private async drop(projections: string[]): Promise<void> {
    const outcomes = await Promise.allSettled(projections.map((name) => this.gateway.readRows(dropGraph(name))));
    const failed = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
  }
}
