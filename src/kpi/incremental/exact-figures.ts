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
import type { CollaborationGraph } from '../collaboration-graph';
import type { GraphAnalytics, NetworkStructure, NodeCentralities, Provenance } from '../engine';
import { cutStructure } from '../graphology/articulation-points';
import { clustering } from '../graphology/clustering';
import { componentsOfCsr } from '../graphology/components';
import { degree, weightedDegree } from '../graphology/csr';
import { eigenvectorCentrality } from '../graphology/eigenvector';
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
  graph: CollaborationGraph;
  nodes: Map<string, Record<ExactNodeFigure, number>>;
  network: Pick<NetworkStructure, ExactNetworkFigure>;
  eigenvectorConverged: boolean;
  /** How C was brought to `version`: by the writes' delta, or read whole. */
  read: 'delta' | 'whole';
  /** What the delta changed (delta reads only). */
  delta?: DeltaSummary;
  /** Time spent on the figures once C was in memory (the read is not included). */
  computeMs: number;
}

/** Scores to warm-start from, per participant id. */
type Previous = ReadonlyMap<string, { pageRank: number; eigenvector: number }>;

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

  /** C as held, for the check against a full computation's graph of the same version. */
  heldGraph(): CollaborationGraph | undefined {
    return this.live?.toGraph();
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
  const warmRank = Float64Array.from(csr.ids, (id) => previous.get(id)?.pageRank ?? 0);
  const warmEigen = Float64Array.from(csr.ids, (id) => previous.get(id)?.eigenvector ?? 0);
  const rank = pageRank(csr, warmRank).scores;
  const eigenvector = await eigenvectorCentrality(csr, components, new Pacer(), undefined, warmEigen);
  const { transitivity, averageClustering } = clustering(csr, live.triangleCounts());
  const cuts = cutStructure(csr);
  const nodes = new Map<string, Record<ExactNodeFigure, number>>();
  csr.ids.forEach((id, i) =>
    nodes.set(id, {
      degree: degree(csr, i),
      weightedDegree: weightedDegree(csr, i),
      pageRank: rank[i],
      eigenvector: eigenvector.scores[i],
    }),
  );
  return {
    version: live.version,
    graph: live.toGraph(),
    nodes,
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
  for (const [id, figures] of exact.nodes) {
    const base = analytics.nodes.get(id) ?? { betweenness: 0, closeness: 0, community: nextCommunity++ };
    nodes.set(id, { ...base, ...figures });
  }
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
  return exact?.nodes ?? analytics.nodes;
}
