/**
 * The figures that follow exactly from the collaboration graph in linear time, so they can be
 * brought up to date right after a write while the expensive global ones (PageRank,
 * betweenness, closeness, eigenvector, Louvain, clustering, cuts, resilience) recompute in the
 * background (docs/kpis.md, "Incremental figures"). Components come from a union-find kept
 * across updates (component-index.ts); degrees and density are sums over the new graph.
 */
import type { CollaborationGraph } from '../collaboration-graph';
import type { GraphAnalytics, NetworkStructure, NodeCentralities } from '../engine';
import { ComponentIndex } from './component-index';

/** Per participant: exact for the version of the incremental update. */
export const EXACT_NODE_FIGURES = ['degree', 'weightedDegree'] as const;
/** Network level: exact for the version of the incremental update. */
export const EXACT_NETWORK_FIGURES = [
  'nodeCount',
  'edgeCount',
  'density',
  'averageDegree',
  'components',
  'largestComponentShare',
] as const;

/** Every network-level figure of NetworkStructure, by name (the provenance lists each one's version). */
export const NETWORK_FIGURE_NAMES = [
  ...EXACT_NETWORK_FIGURES,
  'transitivity',
  'averageClustering',
  'modularity',
  'articulationPoints',
  'bridges',
  'resilience',
] as const satisfies readonly (keyof NetworkStructure)[];

type ExactNetworkFigure = (typeof EXACT_NETWORK_FIGURES)[number];

export interface ExactFigures {
  /** The graph version these figures are exact for. */
  version: number;
  graph: CollaborationGraph;
  degree: Map<string, number>;
  weightedDegree: Map<string, number>;
  network: Pick<NetworkStructure, ExactNetworkFigure>;
  /** How the components were brought up to date. */
  components: ComponentIndex['lastUpdate'];
}

/** Keeps the component index between updates; one per KPI cache. */
export class IncrementalFigures {
  private index: ComponentIndex | undefined;

  /** The exact figures of `graph`, read at `version`. */
  update(graph: CollaborationGraph, version: number): ExactFigures {
    const index = this.index ? this.index.update(graph) : (this.index = new ComponentIndex(graph));
    const degree = new Map<string, number>();
    const weightedDegree = new Map<string, number>();
    for (const node of graph.nodes) {
      degree.set(node.id, 0);
      weightedDegree.set(node.id, 0);
    }
    for (const { source, target, weight } of graph.edges) {
      degree.set(source, (degree.get(source) as number) + 1);
      degree.set(target, (degree.get(target) as number) + 1);
      weightedDegree.set(source, (weightedDegree.get(source) as number) + weight);
      weightedDegree.set(target, (weightedDegree.get(target) as number) + weight);
    }
    const n = graph.nodes.length;
    const m = graph.edges.length;
    return {
      version,
      graph,
      degree,
      weightedDegree,
      // The same formulas as the engines (graphology-engine.ts).
      network: {
        nodeCount: n,
        edgeCount: m,
        density: n < 2 ? 0 : (2 * m) / (n * (n - 1)),
        averageDegree: n === 0 ? 0 : (2 * m) / n,
        components: index.components,
        largestComponentShare: n === 0 ? 0 : index.largestSize / n,
      },
      components: index.lastUpdate,
    };
  }
}

/**
 * The analytics of an older full computation with the exact figures of a newer version laid
 * over. Participants who left are dropped; one who joined since has 0 for the global
 * centralities and a community of its own until the full computation includes it.
 */
export function overlayExact(analytics: GraphAnalytics, exact: ExactFigures): GraphAnalytics {
  let nextCommunity = 0;
  for (const node of analytics.nodes.values()) nextCommunity = Math.max(nextCommunity, node.community + 1);
  const nodes = new Map<string, NodeCentralities>();
  for (const { id } of exact.graph.nodes) {
    const base = analytics.nodes.get(id) ?? {
      pageRank: 0,
      betweenness: 0,
      closeness: 0,
      eigenvector: 0,
      community: nextCommunity++,
    };
    nodes.set(id, {
      ...base,
      degree: exact.degree.get(id) as number,
      weightedDegree: exact.weightedDegree.get(id) as number,
    });
  }
  return { ...analytics, network: { ...analytics.network, ...exact.network }, nodes };
}
