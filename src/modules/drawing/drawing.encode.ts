/**
 * The drawable collaboration graph as parallel arrays: node i of every node array is the same
 * participant, edge j of every edge array the same tie, and categorical values are indices
 * into small dictionaries. One JSON array per attribute is several times smaller than an
 * object per node and lets GraphQL resolve a handful of fields instead of 100,000.
 *
 * Nodes come largest connected component first (then by weighted degree), so a client can
 * draw the core first and a `first` cut keeps the part of the graph that matters most.
 * Pure functions; the per-snapshot part is memoised on the snapshot's analytics object.
 */
import { UndirectedGraph } from 'graphology';
import { connectedComponents } from 'graphology-components';
import type { CollaborationGraph } from '../../kpi/collaboration-graph';
import type { GraphAnalytics, NodeCentralities } from '../../kpi/engine';

/** Most edges returned per node asked for: bounds a dense graph's payload by `first`. */
export const EDGES_PER_NODE = 4;

export interface DrawingSnapshot {
  analytics: GraphAnalytics;
  graph: CollaborationGraph;
}

/** What Neo4j adds to the snapshot (drawing.queries.ts). */
export interface DrawingDetails {
  /** Participant id → [name, status]. */
  participants: Map<string, { name: string; status: string }>;
  /** `source|target` (source < target) → the shared partnerships' [type, stage]. */
  ties: Map<string, { type: string; stage: string }[]>;
}

export interface DrawingOptions {
  first: number;
  significantDigits: number;
  /** False under AGGREGATE disclosure: ids and labels are left out. */
  identities: boolean;
}

export interface PartnershipClassValue {
  type: string;
  stage: string;
}

export interface EncodedDrawing {
  totalNodes: number;
  totalEdges: number;
  truncated: boolean;
  kinds: string[];
  sectors: string[];
  regions: string[];
  statuses: string[];
  partnershipClasses: PartnershipClassValue[];
  nodes: {
    id: string[] | null;
    label: string[] | null;
    kind: number[];
    sector: number[];
    region: number[];
    status: number[];
    component: number[];
    community: number[];
    degree: number[];
    weightedDegree: number[];
    pageRank: number[];
    betweenness: number[];
    closeness: number[];
    eigenvector: number[];
  };
  edges: { source: number[]; target: number[]; weight: number[]; partnerships: number[][] };
}

interface Base {
  /** Participant ids in drawing order. */
  order: string[];
  component: number[];
  kinds: string[];
  sectors: string[];
  regions: string[];
  kind: number[];
  sector: number[];
  region: number[];
  /** Edges by node index, source < target, sorted by (source, target). */
  edges: { source: number; target: number; weight: number }[];
}

const bases = new WeakMap<GraphAnalytics, Base>();

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function dictionary(values: string[]): { entries: string[]; indexOf: Map<string, number> } {
  const entries = [...new Set(values)].sort(byText);
  return { entries, indexOf: new Map(entries.map((value, i) => [value, i])) };
}

/** Drawing order and dictionaries of one KPI snapshot (computed once per snapshot). */
export function drawingBase(snapshot: DrawingSnapshot): Base {
  const cached = bases.get(snapshot.analytics);
  if (cached) return cached;
  const { graph, analytics } = snapshot;
  const structure = new UndirectedGraph();
  for (const node of graph.nodes) structure.addNode(node.id);
  for (const edge of graph.edges) structure.mergeEdge(edge.source, edge.target);
  const components = connectedComponents(structure).sort(
    (a, b) => b.length - a.length || byText([...a].sort(byText)[0] ?? '', [...b].sort(byText)[0] ?? ''),
  );
  const componentOf = new Map<string, number>();
  components.forEach((members, index) => members.forEach((id) => componentOf.set(id, index)));
  const weighted = (id: string) => analytics.nodes.get(id)?.weightedDegree ?? 0;
  const order = graph.nodes
    .map((node) => node.id)
    .sort((a, b) => (componentOf.get(a) ?? 0) - (componentOf.get(b) ?? 0) || weighted(b) - weighted(a) || byText(a, b));
  const indexOf = new Map(order.map((id, i) => [id, i]));
  const info = new Map(graph.nodes.map((node) => [node.id, node]));
  const at = (id: string) => info.get(id) as CollaborationGraph['nodes'][number];
  const kinds = dictionary(graph.nodes.map((node) => node.kind));
  const sectors = dictionary(graph.nodes.map((node) => node.sector));
  const regions = dictionary(graph.nodes.map((node) => node.region));
  const edges = graph.edges
    .map((edge) => {
      const [a, b] = [indexOf.get(edge.source) ?? -1, indexOf.get(edge.target) ?? -1];
      return { source: Math.min(a, b), target: Math.max(a, b), weight: edge.weight };
    })
    .filter((edge) => edge.source >= 0)
    .sort((x, y) => x.source - y.source || x.target - y.target);
  const base: Base = {
    order,
    component: order.map((id) => componentOf.get(id) ?? 0),
    kinds: kinds.entries,
    sectors: sectors.entries,
    regions: regions.entries,
    kind: order.map((id) => kinds.indexOf.get(at(id).kind) ?? 0),
    sector: order.map((id) => sectors.indexOf.get(at(id).sector) ?? 0),
    region: order.map((id) => regions.indexOf.get(at(id).region) ?? 0),
    edges,
  };
  bases.set(snapshot.analytics, base);
  return base;
}

/** Rounds to significant digits; 17 keeps every double exactly. */
export function rounded(value: number, significantDigits: number): number {
  return Number.isFinite(value) && value !== 0 ? Number(value.toPrecision(significantDigits)) : value;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function encodeDrawing(
  snapshot: DrawingSnapshot,
  details: DrawingDetails,
  options: DrawingOptions,
  toGlobalId: (participantId: string) => string,
): EncodedDrawing {
  const base = drawingBase(snapshot);
  const count = Math.min(options.first, base.order.length);
  const ids = base.order.slice(0, count);
  const edgeCap = EDGES_PER_NODE * options.first;
  const inside = base.edges.filter((edge) => edge.target < count);
  // Over the cap, the strongest ties stay (then the most central ends); drawn in index order.
  const edges =
    inside.length <= edgeCap
      ? inside
      : [...inside]
          .sort((x, y) => y.weight - x.weight || x.source - y.source || x.target - y.target)
          .slice(0, edgeCap)
          .sort((x, y) => x.source - y.source || x.target - y.target);

  const statuses = dictionary(ids.map((id) => details.participants.get(id)?.status ?? 'ACTIVE'));
  const classKeys = new Map<string, number>();
  const partnershipClasses: PartnershipClassValue[] = [];
  const classOf = (type: string, stage: string) => {
    const key = `${type}|${stage}`;
    let index = classKeys.get(key);
    if (index === undefined) {
      index = partnershipClasses.length;
      classKeys.set(key, index);
      partnershipClasses.push({ type, stage });
    }
    return index;
  };

  const metric = (name: keyof NodeCentralities, digits: number | null) =>
    ids.map((id) => {
      const value = snapshot.analytics.nodes.get(id)?.[name] ?? 0;
      return digits === null ? value : rounded(value, digits);
    });
  const digits = options.significantDigits;

  return {
    totalNodes: base.order.length,
    totalEdges: base.edges.length,
    truncated: count < base.order.length || edges.length < inside.length || inside.length < base.edges.length,
    kinds: base.kinds,
    sectors: base.sectors,
    regions: base.regions,
    statuses: statuses.entries,
    partnershipClasses,
    nodes: {
      id: options.identities ? ids.map(toGlobalId) : null,
      label: options.identities ? ids.map((id) => details.participants.get(id)?.name ?? '') : null,
      kind: base.kind.slice(0, count),
      sector: base.sector.slice(0, count),
      region: base.region.slice(0, count),
      status: ids.map((id) => statuses.indexOf.get(details.participants.get(id)?.status ?? 'ACTIVE') ?? 0),
      component: base.component.slice(0, count),
      community: metric('community', null),
      degree: metric('degree', null),
      weightedDegree: metric('weightedDegree', null),
      pageRank: metric('pageRank', digits),
      betweenness: metric('betweenness', digits),
      closeness: metric('closeness', digits),
      eigenvector: metric('eigenvector', digits),
    },
    edges: {
      source: edges.map((edge) => edge.source),
      target: edges.map((edge) => edge.target),
      weight: edges.map((edge) => edge.weight),
      partnerships: edges.map((edge) =>
        (details.ties.get(pairKey(ids[edge.source] ?? '', ids[edge.target] ?? '')) ?? []).map((tie) =>
          classOf(tie.type, tie.stage),
        ),
      ),
    },
  };
}

/** Reads the statement's two lists into lookups. */
export function toDetails(participants: unknown[][], ties: unknown[][]): DrawingDetails {
  const people = new Map<string, { name: string; status: string }>();
  for (const [id, name, status] of participants) people.set(String(id), { name: String(name), status: String(status) });
  const byPair = new Map<string, { type: string; stage: string }[]>();
  for (const [source, target, type, stage] of ties) {
    const key = pairKey(String(source), String(target));
    const list = byPair.get(key);
    const tie = { type: String(type), stage: String(stage) };
    if (list) list.push(tie);
    else byPair.set(key, [tie]);
  }
  return { participants: people, ties: byPair };
}
