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

/**
 * Value i of a node array; 0 when the array or the value is missing (a role may get the drawing
 * without some metrics: the view must still draw, sizes fall back to the smallest).
 */
function numberAt(values: readonly (number | null)[] | null | undefined, i: number): number {
  return values?.[i] ?? 0;
}

/** What the API says about participant i (no position or appearance). */
export type NodeFacts = Omit<NodeData, 'x' | 'y' | 'size' | 'color' | 'hidden'>;

export function nodeFacts(drawing: Drawing, i: number): NodeFacts {
  const { nodes } = drawing;
  return {
    label: nodes.label?.[i] ?? '',
    index: i,
    kind: drawing.kinds[nodes.kind[i] ?? 0] ?? '',
    sector: drawing.sectors[nodes.sector[i] ?? 0] ?? '',
    region: drawing.regions[nodes.region[i] ?? 0] ?? '',
    status: drawing.statuses[nodes.status[i] ?? 0] ?? '',
    component: numberAt(nodes.component, i),
    community: numberAt(nodes.community, i),
    metrics: {
      pageRank: numberAt(nodes.pageRank, i),
      degree: numberAt(nodes.degree, i),
      weightedDegree: numberAt(nodes.weightedDegree, i),
      betweenness: numberAt(nodes.betweenness, i),
      closeness: numberAt(nodes.closeness, i),
      eigenvector: numberAt(nodes.eigenvector, i),
    },
  };
}

/** Tie j: its ends (node keys) and what the API says about it (no appearance). */
export function edgeFacts(
  drawing: Drawing,
  j: number,
): { source: string; target: string; weight: number; classes: EdgeData['classes'] } {
  const { edges } = drawing;
  return {
    source: nodeKey(drawing, edges.source[j] ?? 0),
    target: nodeKey(drawing, edges.target[j] ?? 0),
    weight: edges.weight[j] ?? 1,
    classes: (edges.partnerships[j] ?? []).map(
      (c) => drawing.partnershipClasses[c] ?? { type: 'UNKNOWN', stage: 'UNKNOWN' },
    ),
  };
}

export const DEFAULT_EDGE_COLOR = '#c8cfca';

export function buildGraph(drawing: Drawing): DrawnGraph {
  const graph: DrawnGraph = new Graph<NodeData, EdgeData>({ type: 'undirected', multi: false });
  const count = drawing.nodes.kind.length;
  for (let i = 0; i < count; i++) {
    graph.addNode(nodeKey(drawing, i), { x: 0, y: 0, size: 3, color: '#888', hidden: false, ...nodeFacts(drawing, i) });
  }
  for (let j = 0; j < drawing.edges.source.length; j++) {
    const { source, target, weight, classes } = edgeFacts(drawing, j);
    graph.mergeEdge(source, target, { size: 1, color: DEFAULT_EDGE_COLOR, hidden: false, weight, classes });
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
