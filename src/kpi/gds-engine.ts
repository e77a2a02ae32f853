/**
 * The in-database analytics engine: every structural KPI of the collaboration graph C
 * computed by Neo4j Graph Data Science 2.13, converted to the same definitions as the
 * graphology engine (NetworkX conventions, see definitions.ts and gds/normalise.ts).
 *
 * One computation = one read transaction, so one server and one GDS catalog: project C once
 * under a unique name, run each algorithm in `mutate` mode, stream all node properties in one
 * statement, stream the bridges and measure what each would cut off (gds/bridges.ts), project
 * the resilience subgraph and measure its largest component. Every projection made (a driver
 * retry makes new ones) is dropped afterwards, whatever happened; projections a crashed
 * computation left behind are swept before each computation (gds/leftovers.ts). (The drops
 * are separate transactions: behind a cluster's routing they could reach another member; GDS
 * on a cluster needs a dedicated setup anyway.)
 *
 * GDS projects C itself from the database. The `graph` argument, loaded with the same
 * definition, is only used for what GDS 2.13 cannot deliver: eigenvector centrality when GDS's
 * fails (gds/eigenvector-fallback.ts), betweenness from uniformly sampled sources above the
 * exact threshold (gds/uniform-betweenness.ts), and how many participants each articulation point would
 * cut off (GDS has neither biconnected components nor sizes with its articulation points; the
 * graphology engine's DFS counts them).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Gateway, Tx } from '../db/gateway';
import type { CollaborationGraph } from './collaboration-graph';
import { BETWEENNESS_SAMPLE_SIZE, CENTRALITY_METRICS, communityRuns, EXACT_BETWEENNESS_MAX_NODES } from './definitions';
import type {
  AnalyticsEngine,
  BridgeTie,
  EngineName,
  EigenvectorOutcome,
  GraphAnalytics,
  NetworkStructure,
  NodeCentralities,
  Provenance,
} from './engine';
import * as algorithms from './gds/algorithms';
import { NODE_PROPERTIES, type BetweennessSamplingConfig, type RelationshipTypes } from './gds/algorithms';
import { smallerSides, type Block } from './gds/bridges';
import {
  COLLABORATES,
  dropGraph,
  LIST_KPI_GRAPHS,
  projectCollaborationGraph,
  projectionName,
  projectWithoutNodes,
  projectWithoutRelationships,
  RUNNING_KPI_COMPUTES,
  SHARES,
} from './gds/catalog';
import { lazyInProcessGraph, type InProcessGraph } from './gds/in-process';
import { leftoverProjections } from './gds/leftovers';
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
import { uniformSampledBetweenness } from './gds/uniform-betweenness';
import { cutStructure } from './graphology/articulation-points';
import { compareIds } from './graphology/graph';

export interface GdsEngineOptions {
  /** Exact betweenness up to this many nodes, source sampling above. */
  exactBetweennessMaxNodes?: number;
  /** Sources drawn above the threshold (uniformly, in process: gds/uniform-betweenness.ts). */
  betweennessSampleSize?: number;
  /** Seed of the source sampling and of the first Leiden run. */
  seed?: number;
}

export const DEFAULT_SAMPLING_SEED = 42;

/** What the read transaction brings back; turned into GraphAnalytics after it. */
interface InDatabase {
  nodes: GdsNode[];
  modularity: number;
  eigenvectorConverged: boolean;
  resilience: number;
  bridges: BridgeTie[];
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
  bridges: [],
  resilience: 0,
};

export class GdsEngine implements AnalyticsEngine {
  readonly name: EngineName = 'gds';
  private readonly exactMaxNodes: number;
  private readonly sampleSize: number;
  private readonly seed: number;
  /**
   * Why the last sweep of leftover projections failed, if it did. A failed sweep does not
   * stop the computation (the leftovers only cost server memory until the next one).
   */
  sweepError: unknown = undefined;

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
    await this.sweep();
    const results = await this.inDatabase(graph.edges.length);
    if (!results) {
      return {
        engine: this.name,
        provenance: gdsProvenance({ source: 'gds', converged: true }),
        network: { ...EMPTY_NETWORK, articulationPoints: [], bridges: [] },
        nodes: new Map(),
        betweenness: { sampled: false, sampleSize: 0, errorBound: 0 },
        elapsedMs: performance.now() - started,
      };
    }
    const inProcess = lazyInProcessGraph(graph);
    const fallback = results.eigenvectorConverged ? null : await inProcessEigenvector(inProcess());
    const n = results.nodes.length;
    // Above the exact threshold: uniform sources in process, GDS's sampler is degree-biased.
    const uniform = results.sampling
      ? await uniformSampledBetweenness(inProcess(), {
          exactMaxNodes: this.exactMaxNodes,
          sampleSize: this.sampleSize,
          seed: this.seed,
        })
      : null;
    const provenance = gdsProvenance(
      fallback ? { source: 'in-process', converged: fallback.converged } : { source: 'gds', converged: true },
    );
    if (uniform) provenance.centralities.betweenness = 'in-process';
    return {
      engine: this.name,
      provenance,
      network: this.network(results, inProcess),
      nodes: this.centralities(results.nodes, fallback?.scores ?? null, uniform?.scores ?? null),
      betweenness: uniform ? uniform.sampling : { sampled: false, sampleSize: n, errorBound: 0 },
      elapsedMs: performance.now() - started,
    };
  }

  /**
   * Drops the KPI projections no running computation owns (leftovers of a crash), whichever
   * process made them; returns their names.
   */
  async sweepLeftovers(): Promise<string[]> {
    // The catalog first, then the transactions (see gds/leftovers.ts).
    const [graphs, running] = await this.gateway.read(async (tx) => [
      await tx.run(LIST_KPI_GRAPHS),
      await tx.run(RUNNING_KPI_COMPUTES),
    ]);
    const leftovers = leftoverProjections(
      graphs.map((row) => String(row.graphName)),
      running.map((row) => String(row.computeId)),
    );
    await this.drop(leftovers);
    return leftovers;
  }

  private async sweep(): Promise<void> {
    try {
      await this.sweepLeftovers();
      this.sweepError = undefined;
    } catch (error) {
      this.sweepError = error;
    }
  }

  /**
   * The GDS part: one read transaction, tagged with the compute id its projections are named
   * after (so a sweep elsewhere leaves them alone), every projection dropped afterwards.
   */
  private async inDatabase(tieCount: number): Promise<InDatabase | null> {
    const computeId = randomUUID();
    const projections: string[] = [];
    const project = () => {
      const name = projectionName(computeId, projections.length);
      projections.push(name);
      return name;
    };
    let results: InDatabase | null;
    try {
      results = await this.gateway.scoped({ kpiCompute: computeId }).read((tx) => this.run(tx, project, tieCount));
    } catch (error) {
      await this.drop(projections).catch(() => undefined); // the computation's error matters more
      throw error;
    }
    await this.drop(projections);
    return results;
  }

  /** `tieCount`: ties of the loaded C, which sets how many community runs are made. */
  private async run(tx: Tx, project: () => string, tieCount: number): Promise<InDatabase | null> {
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
    // Sampled betweenness is computed in process (gds/uniform-betweenness.ts).
    if (!sampling) await tx.run(algorithms.betweenness(graphName, types, null));
    await tx.run(algorithms.closeness(graphName, types));
    const [eigenvector] = await tx.run(algorithms.eigenvector(graphName, types));
    const communities = await this.communities(tx, graphName, types, edgeless ? 1 : communityRuns(tieCount));
    await tx.run(algorithms.triangles(graphName, types));
    await tx.run(algorithms.components(graphName, types));
    // GDS 2.13's articulation points fail on a graph without relationships (index out of
    // bounds); there are none to find there anyway.
    if (!edgeless) await tx.run(algorithms.articulationPoints(graphName, types));
    // Same failure as articulation points without relationships; no bridge there either.
    const bridgePairs = edgeless ? [] : orderedPairs(await tx.run(algorithms.bridges(graphName, types)));
    const properties = NODE_PROPERTIES.filter(
      (property) => (!edgeless || property !== 'articulationPoint') && (!sampling || property !== 'betweenness'),
    );
    const streamed = properties.map((property) => (property === 'community' ? communities.property : property));
    const nodes = parseNodes(
      await tx.run(algorithms.streamNodeProperties(graphName, streamed, { [communities.property]: 'community' })),
      sampling ? { articulationPoint: 0, betweenness: 0 } : { articulationPoint: 0 },
    );

    return {
      nodes,
      // Modularity of a partition without edges is 0 / 0; 0, as the graphology engine reports.
      modularity: edgeless ? 0 : communities.modularity,
      eigenvectorConverged: isConvergedUnitVector(
        nodes.map((node) => node.values.eigenvector),
        eigenvector?.didConverge === true,
      ),
      resilience: await this.resilience(tx, graphName, project(), types, nodes),
      bridges: await this.bridgeTies(tx, graphName, project, types, nodes, bridgePairs),
      sampling,
    };
  }

  /**
   * The most modular of `runs` deterministic candidate partitions (ties: the first): GDS's
   * Louvain, then Leiden with seeds seed, seed + 1, … (COMMUNITY_RUNS in definitions.ts).
   * Each candidate is a property of the projection; the winner is streamed as `community`.
   */
  private async communities(
    tx: Tx,
    graphName: string,
    types: RelationshipTypes,
    runs: number,
  ): Promise<{ property: string; modularity: number }> {
    let best = { property: 'community', modularity: -Infinity };
    for (let run = 0; run < runs; run++) {
      const property = run === 0 ? 'community' : `community${run}`;
      const statement =
        run === 0
          ? algorithms.louvain(graphName, types, property)
          : algorithms.leiden(graphName, types, this.seed + run - 1, property);
      const [row] = await tx.run(statement);
      const modularity = Number(row?.modularity ?? 0);
      if (modularity > best.modularity) best = { property, modularity };
    }
    return best;
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

  /**
   * Each bridge with its weight and the size of its smaller side: C without the bridges,
   * projected from the in-memory graph, gives the 2-edge-connected blocks (WCC) of the
   * bridges' ends; gds/bridges.ts adds the block sizes up along the forest of blocks.
   */
  private async bridgeTies(
    tx: Tx,
    graphName: string,
    project: () => string,
    types: RelationshipTypes,
    nodes: GdsNode[],
    pairs: [number, number][],
  ): Promise<BridgeTie[]> {
    if (pairs.length === 0) return [];
    const subgraphName = project();
    const [subgraph] = await tx.run(projectWithoutRelationships(subgraphName, graphName, types.pairs, pairs));
    const weight = new Map<string, number>();
    for (const [source, target, value] of (subgraph?.removedWeights ?? []) as [unknown, unknown, unknown][]) {
      weight.set(pairKey(Number(source), Number(target)), Number(value));
    }
    const ends = [...new Set(pairs.flat())];
    const blocks = new Map<number, Block>();
    for (const row of await tx.run(algorithms.componentsOf(subgraphName, ends))) {
      blocks.set(Number(row.nodeId), { key: `c${String(row.componentId)}`, size: Number(row.size) });
    }
    // An end left without any relationship is not in the subgraph: a block of its own.
    const sides = smallerSides(pairs, (node) => blocks.get(node) ?? { key: `n${node}`, size: 1 });
    const participant = new Map(nodes.map((node) => [node.nodeId, node.id]));
    return pairs
      .map(([a, b], i) => {
        const [source, target] = [idOf(participant, a), idOf(participant, b)].sort(compareIds);
        const tieWeight = weight.get(pairKey(a, b));
        if (tieWeight === undefined) throw new Error(`GDS returned no weight for the bridge ${source} – ${target}`);
        return { source, target, weight: tieWeight, smallerSide: sides[i] };
      })
      .sort((x, y) => compareIds(x.source, y.source) || compareIds(x.target, y.target));
  }

  private network(
    { nodes, modularity, resilience, bridges }: InDatabase,
    inProcess: () => InProcessGraph,
  ): NetworkStructure {
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
      articulationPoints: articulationPoints(nodes, inProcess),
      bridges,
      resilience,
    };
  }

  private centralities(
    nodes: GdsNode[],
    eigenvector: Map<string, number> | null,
    sampledBetweenness: Map<string, number> | null,
  ): Map<string, NodeCentralities> {
    const pageRank = unitSum(nodes.map((node) => node.values.pageRank));
    // GDS's own betweenness is exact here (all n sources); sampled scores come normalised.
    const scale = betweennessScale(nodes.length, nodes.length);
    const community = renumberCommunities(nodes);
    return new Map(
      nodes.map((node, i) => [
        node.id,
        {
          degree: node.values.degree,
          weightedDegree: node.values.weightedDegree,
          pageRank: pageRank[i],
          // A participant the loaded graph lacks (written in between) gets 0 from the sample.
          betweenness: sampledBetweenness ? (sampledBetweenness.get(node.id) ?? 0) : node.values.betweenness * scale,
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

/**
 * GDS-native everywhere except the eigenvector when GDS's failed (gds/eigenvector-fallback.ts)
 * and the articulation points' cut-offs, which GDS 2.13 does not measure.
 */
function gdsProvenance(eigenvector: EigenvectorOutcome): Provenance {
  const centralities = Object.fromEntries(
    CENTRALITY_METRICS.map((metric) => [metric, 'gds']),
  ) as Provenance['centralities'];
  return {
    centralities: { ...centralities, eigenvector: eigenvector.source },
    eigenvector,
    communities: 'gds',
    structure: 'gds',
    articulationPoints: 'gds',
    articulationCutOffs: 'in-process',
    bridges: 'gds',
  };
}

/** GDS node id pairs, smaller id first (as the relationship stream filters them). */
function orderedPairs(rows: { from?: unknown; to?: unknown }[]): [number, number][] {
  return rows.map((row) => {
    const [a, b] = [Number(row.from), Number(row.to)];
    return a < b ? [a, b] : [b, a];
  });
}

function pairKey(a: number, b: number): string {
  return `${a}-${b}`;
}

function idOf(participant: Map<number, string>, nodeId: number): string {
  const id = participant.get(nodeId);
  if (id === undefined) throw new Error(`GDS node ${nodeId} is not in the projection's node list`);
  return id;
}

/**
 * GDS's articulation points (nodes come sorted by participant id), each with what it would
 * cut off, counted by the in-process DFS on the loaded graph only when there is one.
 */
function articulationPoints(nodes: GdsNode[], inProcess: () => InProcessGraph): NetworkStructure['articulationPoints'] {
  const found = nodes.filter((node) => node.values.articulationPoint === 1);
  if (found.length === 0) return [];
  const { csr } = inProcess();
  const cutOff = new Map(cutStructure(csr).articulationPoints.map((point) => [csr.ids[point.node], point.cutOff]));
  return found.map((node) => ({ id: node.id, cutOff: cutOff.get(node.id) ?? null }));
}
