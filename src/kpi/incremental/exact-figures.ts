/**
 * The figures brought up to date right after a write, while the expensive global ones
 * (betweenness, closeness, Louvain communities and modularity, resilience) recompute in the
 * background (docs/kpis.md, "Incremental figures"). C is kept in memory (live-graph.ts) and
 * moved by the delta of each write (collaboration-delta.queries.ts); on it:
 * - exact, linear or near-linear: degrees, counts, density, components, triangles (kept
 *   around the changed ties) and with them transitivity and average clustering, articulation
 *   points and bridges with what each cuts off;
 * - iterative, warm-started from the previous version's scores: PageRank and eigenvector,
 *   converged to the same tolerance as a full computation.
 */
import { performance } from 'node:perf_hooks';
import type { CollaborationEdge, CollaborationGraph, CollaborationNode } from '../collaboration-graph';
import type { GraphAnalytics, NetworkStructure, NodeCentralities, Provenance } from '../engine';
import { cutStructure } from '../graphology/articulation-points';
import { clustering } from '../graphology/clustering';
import { componentsOfCsr } from '../graphology/components';
import { degree, weightedDegree, type Csr } from '../graphology/csr';
import { eigenvectorCentrality } from '../graphology/eigenvector';
import { compareIds } from '../graphology/graph';
import { Pacer } from '../graphology/pacer';
import { pageRank } from '../graphology/pagerank';
import type { CollaborationDelta } from './collaboration-delta.queries';
import { LiveGraph, type DeltaSummary } from './live-graph';

/** Per participant: exact (iterative ones: to tolerance) for the version of the incremental update. */
export const EXACT_NODE_FIGURES = ['degree', 'weightedDegree', 'pageRank', 'eigenvector'] as const;
/** Network level: exact for the version of the incremental update. */
export const EXACT_NETWORK_FIGURES = [
  'nodeCount',
  'edgeCount',
  'density',
  'averageDegree',
  'components',
  'largestComponentShare',
  'transitivity',
  'averageClustering',
  'articulationPoints',
  'bridges',
] as const;

/** Every network-level figure of NetworkStructure, by name (the provenance lists each one's version). */
export const NETWORK_FIGURE_NAMES = [
  ...EXACT_NETWORK_FIGURES,
  'modularity',
  'resilience',
] as const satisfies readonly (keyof NetworkStructure)[];

type ExactNetworkFigure = (typeof EXACT_NETWORK_FIGURES)[number];
type ExactNodeFigure = (typeof EXACT_NODE_FIGURES)[number];

export interface ExactFigures {
  /** The graph version these figures are exact for. */
  version: number;
  /** C at `version`; its tie list is built when first read (most updates are never asked for it). */
  graph: CollaborationGraph;
  /** Per participant, aligned with `ids` (sorted): typed arrays, no object per participant. */
  ids: readonly string[];
  perNode: Record<ExactNodeFigure, Float64Array>;
  /** Each component's own unit Perron vector (the next update's eigenvector start). */
  eigenvectorOwn: Float64Array;
  network: Pick<NetworkStructure, ExactNetworkFigure>;
  eigenvectorConverged: boolean;
  /** How C was brought to `version`: by the writes' delta, or read whole. */
  read: 'delta' | 'whole';
  /** What the delta changed (delta reads only). */
  delta?: DeltaSummary;
  /** Time spent on the figures once C was in memory (the read is not included). */
  computeMs: number;
}

/** Scores to warm-start from: the last exact figures, or a full computation's per participant. */
type Previous = ExactFigures | ReadonlyMap<string, { pageRank: number; eigenvector: number }>;

/** Keeps C in memory between updates; one per KPI cache. */
export class IncrementalFigures {
  private live: LiveGraph | undefined;

  /** The version C in memory is at (-1 before the first update). */
  get version(): number {
    return this.live?.version ?? -1;
  }

  /** Holds `graph` at `version` (a full computation's, or C read whole). */
  startFrom(graph: CollaborationGraph, version: number): void {
    this.live = LiveGraph.of(graph, version);
  }

  /**
   * Moves C by `delta` (throws when it does not fit C; the caller then reads C whole and calls
   * startFrom) and computes the figures, warm-started from `previous`.
   */
  async advance(delta: Extract<CollaborationDelta, { kind: 'delta' }>, previous: Previous): Promise<ExactFigures> {
    const live = this.held();
    const summary = live.apply(delta);
    return { ...(await figuresOf(live, previous)), read: 'delta', delta: summary };
  }

  /** The figures of C as held (after startFrom with a whole read). */
  async current(previous: Previous): Promise<ExactFigures> {
    return { ...(await figuresOf(this.held(), previous)), read: 'whole' };
  }

  /** Whether C held is exactly `graph` (the check against a full computation of the same version). */
  matches(graph: CollaborationGraph): boolean {
    return this.live?.matches(graph) ?? false;
  }

  /** Ties in C held (for the mismatch report). */
  heldTies(): number {
    return this.live?.toGraph().edges.length ?? 0;
  }

  private held(): LiveGraph {
    if (!this.live) throw new Error('incremental KPIs: no graph held yet (startFrom first)');
    return this.live;
  }
}

async function figuresOf(live: LiveGraph, previous: Previous): Promise<Omit<ExactFigures, 'read' | 'delta'>> {
  const started = performance.now();
  const csr = live.toCsr();
  const n = csr.ids.length;
  const m = csr.neighbours.length / 2;
  const components = componentsOfCsr(csr);
  const [warmRank, warmEigen] = warmStart(csr.ids, previous);
  const rank = pageRank(csr, warmRank).scores;
  const eigenvector = await eigenvectorCentrality(csr, components, new Pacer(), undefined, warmEigen);
  const { transitivity, averageClustering } = clustering(csr, live.triangleCounts());
  const cuts = cutStructure(csr);
  const degrees = new Float64Array(n);
  const weightedDegrees = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    degrees[i] = degree(csr, i);
    weightedDegrees[i] = weightedDegree(csr, i);
  }
  return {
    version: live.version,
    graph: graphOf(live.nodeList(), csr),
    ids: csr.ids,
    perNode: { degree: degrees, weightedDegree: weightedDegrees, pageRank: rank, eigenvector: eigenvector.scores },
    eigenvectorOwn: eigenvector.perComponent,
    // The same formulas as the engines (graphology-engine.ts).
    network: {
      nodeCount: n,
      edgeCount: m,
      density: n < 2 ? 0 : (2 * m) / (n * (n - 1)),
      averageDegree: n === 0 ? 0 : (2 * m) / n,
      components: components.members.length,
      largestComponentShare: n === 0 ? 0 : components.largestSize / n,
      transitivity,
      averageClustering,
      articulationPoints: cuts.articulationPoints.map(({ node, cutOff }) => ({ id: csr.ids[node], cutOff })),
      bridges: cuts.bridges.map(({ a, b, weight, smallerSide }) => ({
        source: csr.ids[a],
        target: csr.ids[b],
        weight,
        smallerSide,
      })),
    },
    eigenvectorConverged: eigenvector.converged,
    computeMs: performance.now() - started,
  };
}

/**
 * The analytics of an older full computation with the exact figures of a newer version laid
 * over. Participants who left are dropped; one who joined since has 0 for betweenness and
 * closeness and a community of its own until the full computation includes it.
 */
export function overlayExact(analytics: GraphAnalytics, exact: ExactFigures): GraphAnalytics {
  let nextCommunity = 0;
  for (const node of analytics.nodes.values()) nextCommunity = Math.max(nextCommunity, node.community + 1);
  const nodes = new Map<string, NodeCentralities>();
  const { degree, weightedDegree, pageRank, eigenvector } = exact.perNode;
  exact.ids.forEach((id, i) => {
    const base = analytics.nodes.get(id);
    nodes.set(id, {
      betweenness: base?.betweenness ?? 0,
      closeness: base?.closeness ?? 0,
      community: base?.community ?? nextCommunity++,
      degree: degree[i],
      weightedDegree: weightedDegree[i],
      pageRank: pageRank[i],
      eigenvector: eigenvector[i],
    });
  });
  // The overlaid figures come from the in-process kernels, whichever engine computed the rest.
  const provenance: Provenance = {
    ...analytics.provenance,
    centralities: {
      ...analytics.provenance.centralities,
      degree: 'in-process',
      weightedDegree: 'in-process',
      pageRank: 'in-process',
      eigenvector: 'in-process',
    },
    eigenvector: { source: 'in-process', converged: exact.eigenvectorConverged },
    structure: 'in-process',
    articulationPoints: 'in-process',
    articulationCutOffs: 'in-process',
    bridges: 'in-process',
  };
  return { ...analytics, provenance, network: { ...analytics.network, ...exact.network }, nodes };
}

/** Scores to warm-start the next update from: the exact figures if newer, else the full computation's. */
export function warmStartOf(analytics: GraphAnalytics, exact: ExactFigures | undefined): Previous {
  return exact ?? analytics.nodes;
}

/**
 * PageRank and eigenvector starts for `ids` (sorted) from `previous`: 0 for participants it
 * does not know. Between two sorted id lists a merge walk, no hashing of 90k ids.
 */
function warmStart(ids: readonly string[], previous: Previous): [Float64Array, Float64Array] {
  const rank = new Float64Array(ids.length);
  const eigen = new Float64Array(ids.length);
  if (previous instanceof Map || !('perNode' in previous)) {
    ids.forEach((id, i) => {
      const scores = previous.get(id);
      rank[i] = scores?.pageRank ?? 0;
      eigen[i] = scores?.eigenvector ?? 0;
    });
    return [rank, eigen];
  }
  const before = previous.ids;
  for (let i = 0, j = 0; i < ids.length; i++) {
    while (j < before.length && compareIds(before[j], ids[i]) < 0) j++;
    if (j < before.length && before[j] === ids[i]) {
      rank[i] = previous.perNode.pageRank[j];
      eigen[i] = previous.eigenvectorOwn[j];
    }
  }
  return [rank, eigen];
}

/**
 * C at this version: the participants now, the ties from the CSR of this version (immutable,
 * unlike C held, which moves on with the next delta), built on first use: most incremental
 * updates are never asked for their tie list.
 */
function graphOf(nodes: CollaborationNode[], csr: Csr): CollaborationGraph {
  let edges: CollaborationEdge[] | undefined;
  return {
    nodes,
    get edges() {
      edges ??= tiesOf(csr);
      return edges;
    },
  };
}

/** Each tie once, source < target (node indices follow id order). */
function tiesOf(csr: Csr): CollaborationEdge[] {
  const ties: CollaborationEdge[] = [];
  for (let i = 0; i < csr.ids.length; i++) {
    for (let j = csr.offsets[i]; j < csr.offsets[i + 1]; j++) {
      const other = csr.neighbours[j];
      if (other > i) ties.push({ source: csr.ids[i], target: csr.ids[other], weight: csr.weights[j] });
    }
  }
  return ties;
}
