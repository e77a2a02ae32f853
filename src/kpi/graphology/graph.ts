/**
 * Builds the graphology graph every graphology-based KPI runs on: undirected, simple,
 * weighted, isolated participants included. Nodes and edges are inserted in id order
 * whatever order the caller gave them in, so iteration order (and with it Louvain's and
 * the source sampling's seeded choices) depends only on the graph itself.
 */
import { UndirectedGraph } from 'graphology';
import type { CollaborationEdge, CollaborationGraph } from '../collaboration-graph';

export interface NodeAttributes {
  /** Position in insertion order: the index every typed array of the engine uses. */
  index: number;
  community?: number;
}

export interface EdgeAttributes {
  weight: number;
}

export type AnalyticsGraph = UndirectedGraph<NodeAttributes, EdgeAttributes>;

export function buildGraph(collaboration: CollaborationGraph): AnalyticsGraph {
  const graph: AnalyticsGraph = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  const ids = sortedIfNeeded(
    collaboration.nodes.map((node) => node.id),
    compareIds,
  );
  ids.forEach((id, index) => {
    if (graph.hasNode(id)) throw new Error(`collaboration graph: participant ${id} appears twice`);
    graph.addNode(id, { index });
  });
  const edges = sortedIfNeeded(
    collaboration.edges,
    (a, b) => compareIds(a.source, b.source) || compareIds(a.target, b.target),
  );
  for (const edge of edges) {
    checkEdge(graph, edge);
    graph.addEdge(edge.source, edge.target, { weight: edge.weight });
  }
  return graph;
}

/** Code-unit order, like Cypher's `ORDER BY` on strings and Python's `sorted`. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The loader already sorts: checking is O(n), sorting a copy only when it did not. */
function sortedIfNeeded<T>(items: readonly T[], compare: (a: T, b: T) => number): readonly T[] {
  for (let i = 1; i < items.length; i++) {
    if (compare(items[i - 1], items[i]) > 0) return [...items].sort(compare);
  }
  return items;
}

// The loader's contract (source < target, one edge per pair, both ends listed) is checked
// rather than repaired: a violation is a bug upstream and would silently skew every KPI.
function checkEdge(graph: AnalyticsGraph, edge: CollaborationEdge): void {
  const name = `${edge.source} – ${edge.target}`;
  if (edge.source === edge.target) throw new Error(`collaboration graph: self-loop on ${edge.source}`);
  if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) {
    throw new Error(`collaboration graph: edge ${name} has an endpoint that is not a listed participant`);
  }
  if (graph.hasEdge(edge.source, edge.target)) throw new Error(`collaboration graph: edge ${name} appears twice`);
  if (!Number.isFinite(edge.weight) || edge.weight <= 0) {
    throw new Error(`collaboration graph: edge ${name} has weight ${edge.weight}, expected a positive number`);
  }
}
