/**
 * Turns the API's drawable graph (parallel arrays, see docs/api.md) into the graphology graph
 * sigma draws. Node keys are the participants' global ids, or `#i` when the role sees
 * aggregates only (no ids): the picture is the same, identities are not.
 */
import Graph from 'graphology';
import type { GraphDrawingQuery } from '../generated/operations';

export type Drawing = GraphDrawingQuery['drawableGraph'];

export const SIZE_METRICS = [
  'pageRank',
  'degree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'eigenvector',
] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];

export const COLOR_BY = ['community', 'kind', 'sector', 'region'] as const;
export type ColorBy = (typeof COLOR_BY)[number];

export interface NodeData {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  hidden: boolean;
  /** Position in the API's arrays. */
  index: number;
  kind: string;
  sector: string;
  region: string;
  status: string;
  component: number;
  community: number;
  metrics: Record<SizeMetric, number>;
}

export interface EdgeData {
  size: number;
  color: string;
  hidden: boolean;
  weight: number;
  /** One entry per shared partnership. */
  classes: { type: string; stage: string }[];
}

export type DrawnGraph = Graph<NodeData, EdgeData>;

export function nodeKey(drawing: Drawing, index: number): string {
  return drawing.nodes.id?.[index] ?? `#${index}`;
}

export function buildGraph(drawing: Drawing): DrawnGraph {
  const graph: DrawnGraph = new Graph<NodeData, EdgeData>({ type: 'undirected', multi: false });
  const { nodes, edges } = drawing;
  const count = nodes.kind.length;
  for (let i = 0; i < count; i++) {
    graph.addNode(nodeKey(drawing, i), {
      x: 0,
      y: 0,
      size: 3,
      color: '#888',
      label: nodes.label?.[i] ?? '',
      hidden: false,
      index: i,
      kind: drawing.kinds[nodes.kind[i] ?? 0] ?? '',
      sector: drawing.sectors[nodes.sector[i] ?? 0] ?? '',
      region: drawing.regions[nodes.region[i] ?? 0] ?? '',
      status: drawing.statuses[nodes.status[i] ?? 0] ?? '',
      component: nodes.component[i] ?? 0,
      community: nodes.community[i] ?? 0,
      metrics: {
        pageRank: nodes.pageRank[i] ?? 0,
        degree: nodes.degree[i] ?? 0,
        weightedDegree: nodes.weightedDegree[i] ?? 0,
        betweenness: nodes.betweenness[i] ?? 0,
        closeness: nodes.closeness[i] ?? 0,
        eigenvector: nodes.eigenvector[i] ?? 0,
      },
    });
  }
  for (let j = 0; j < edges.source.length; j++) {
    const source = nodeKey(drawing, edges.source[j] ?? 0);
    const target = nodeKey(drawing, edges.target[j] ?? 0);
    graph.mergeEdge(source, target, {
      size: 1,
      color: '#c8cfca',
      hidden: false,
      weight: edges.weight[j] ?? 1,
      classes: (edges.partnerships[j] ?? []).map(
        (c) => drawing.partnershipClasses[c] ?? { type: 'UNKNOWN', stage: 'UNKNOWN' },
      ),
    });
  }
  return graph;
}

/** Distinct values of a node attribute with their counts, most frequent first. */
export function valueCounts(graph: DrawnGraph, pick: (node: NodeData) => string): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_key, node) => counts.set(pick(node), (counts.get(pick(node)) ?? 0) + 1));
  return [...counts.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
