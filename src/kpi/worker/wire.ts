/**
 * What crosses the thread boundary between the API and the analytics worker. Structured
 * cloning is done in one piece on the receiving thread: on the large seed's size (93k
 * participants, 33k bridges, 17k articulation points) reading the result back as objects held
 * the API thread for 110–270 ms at a time. So nothing crosses as an object per participant or
 * tie: strings are packed into one string with their lengths, numbers go in typed arrays whose
 * buffers are transferred (not copied), and the API thread rebuilds the objects in slices that
 * yield to the event loop (decodeAnalytics).
 */
import type { CollaborationGraph, CollaborationNode } from '../collaboration-graph';
import type { ArticulationPoint, BridgeTie, GraphAnalytics, NetworkStructure, NodeCentralities } from '../engine';
import { Pacer } from '../graphology/pacer';

/** Strings laid end to end: one string to copy instead of one per id. */
export interface PackedStrings {
  text: string;
  lengths: Int32Array;
}

/** The collaboration graph as the worker receives it. The engine reads only ids and ties. */
export interface WireGraph {
  ids: PackedStrings;
  sources: PackedStrings;
  targets: PackedStrings;
  weights: Float64Array;
}

/** Per-participant figures, one column per figure, in `ids` order. */
export type WireColumns = Record<keyof NodeCentralities, Float64Array>;

export interface WireAnalytics extends Omit<GraphAnalytics, 'nodes' | 'network'> {
  network: Omit<NetworkStructure, 'articulationPoints' | 'bridges'>;
  ids: PackedStrings;
  columns: WireColumns;
  /** Index into `ids`; cutOff NaN for null. */
  articulationPoints: { node: Int32Array; cutOff: Float64Array };
  /** Indices into `ids`. */
  bridges: { source: Int32Array; target: Int32Array; weight: Float64Array; smallerSide: Float64Array };
}

const FIGURES = [
  'degree',
  'weightedDegree',
  'pageRank',
  'betweenness',
  'closeness',
  'eigenvector',
  'community',
] as const satisfies readonly (keyof NodeCentralities)[];

export function packStrings(strings: readonly string[]): PackedStrings {
  const lengths = new Int32Array(strings.length);
  for (let i = 0; i < strings.length; i++) lengths[i] = strings[i].length;
  return { text: strings.join(''), lengths };
}

/** Unpacks `packed`, yielding to the event loop between slices when given a pacer. */
export async function unpackStrings(packed: PackedStrings, pacer?: Pacer): Promise<string[]> {
  const strings = new Array<string>(packed.lengths.length);
  let at = 0;
  await inSlices(strings.length, pacer, (i) => {
    strings[i] = packed.text.slice(at, (at += packed.lengths[i]));
  });
  return strings;
}

export function encodeGraph(graph: CollaborationGraph): { wire: WireGraph; transfer: ArrayBuffer[] } {
  const { nodes, edges } = graph;
  const weights = new Float64Array(edges.length);
  for (let i = 0; i < edges.length; i++) weights[i] = edges[i].weight;
  const wire: WireGraph = {
    ids: packStrings(nodes.map((node) => node.id)),
    sources: packStrings(edges.map((edge) => edge.source)),
    targets: packStrings(edges.map((edge) => edge.target)),
    weights,
  };
  return { wire, transfer: buffers(wire.ids.lengths, wire.sources.lengths, wire.targets.lengths, weights) };
}

/** Node attributes the engine does not read are left empty. */
export async function decodeGraph(wire: WireGraph): Promise<CollaborationGraph> {
  const [ids, sources, targets] = await Promise.all([
    unpackStrings(wire.ids),
    unpackStrings(wire.sources),
    unpackStrings(wire.targets),
  ]);
  return {
    nodes: ids.map((id): CollaborationNode => ({ id, kind: '', sector: '', region: '' })),
    edges: sources.map((source, i) => ({ source, target: targets[i], weight: wire.weights[i] })),
  };
}

export function encodeAnalytics(analytics: GraphAnalytics): { wire: WireAnalytics; transfer: ArrayBuffer[] } {
  const { nodes, network, ...rest } = analytics;
  const { articulationPoints, bridges, ...counts } = network;
  const ids = [...nodes.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const at = (id: string): number => index.get(id) ?? fail(`result names participant ${id} it has no figures for`);
  const columns = Object.fromEntries(FIGURES.map((figure) => [figure, new Float64Array(ids.length)])) as WireColumns;
  let i = 0;
  for (const figures of nodes.values()) {
    for (const figure of FIGURES) columns[figure][i] = figures[figure];
    i++;
  }
  const wire: WireAnalytics = {
    ...rest,
    network: counts,
    ids: packStrings(ids),
    columns,
    articulationPoints: {
      node: Int32Array.from(articulationPoints, (point) => at(point.id)),
      cutOff: Float64Array.from(articulationPoints, (point) => point.cutOff ?? Number.NaN),
    },
    bridges: {
      source: Int32Array.from(bridges, (bridge) => at(bridge.source)),
      target: Int32Array.from(bridges, (bridge) => at(bridge.target)),
      weight: Float64Array.from(bridges, (bridge) => bridge.weight),
      smallerSide: Float64Array.from(bridges, (bridge) => bridge.smallerSide),
    },
  };
  const { node, cutOff } = wire.articulationPoints;
  const { source, target, weight, smallerSide } = wire.bridges;
  const transfer = buffers(
    wire.ids.lengths,
    ...Object.values(columns),
    node,
    cutOff,
    source,
    target,
    weight,
    smallerSide,
  );
  return { wire, transfer };
}

/** Rebuilds GraphAnalytics, yielding to the event loop every few milliseconds. */
export async function decodeAnalytics(wire: WireAnalytics, pacer = new Pacer(5)): Promise<GraphAnalytics> {
  const { ids: packedIds, columns, articulationPoints: points, bridges: ties, network: counts, ...rest } = wire;
  const ids = await unpackStrings(packedIds, pacer);
  const nodes = new Map<string, NodeCentralities>();
  await inSlices(ids.length, pacer, (i) => {
    nodes.set(ids[i], {
      degree: columns.degree[i],
      weightedDegree: columns.weightedDegree[i],
      pageRank: columns.pageRank[i],
      betweenness: columns.betweenness[i],
      closeness: columns.closeness[i],
      eigenvector: columns.eigenvector[i],
      community: columns.community[i],
    });
  });
  const articulationPoints = new Array<ArticulationPoint>(points.node.length);
  await inSlices(articulationPoints.length, pacer, (i) => {
    const cutOff = points.cutOff[i];
    articulationPoints[i] = { id: ids[points.node[i]], cutOff: Number.isNaN(cutOff) ? null : cutOff };
  });
  const bridges = new Array<BridgeTie>(ties.source.length);
  await inSlices(bridges.length, pacer, (i) => {
    bridges[i] = {
      source: ids[ties.source[i]],
      target: ids[ties.target[i]],
      weight: ties.weight[i],
      smallerSide: ties.smallerSide[i],
    };
  });
  return { ...rest, network: { ...counts, articulationPoints, bridges }, nodes };
}

/** Items handled between two looks at the clock (well under a millisecond's work). */
const SLICE = 2_048;

async function inSlices(count: number, pacer: Pacer | undefined, each: (i: number) => void): Promise<void> {
  for (let start = 0; start < count; start += SLICE) {
    for (let i = start, end = Math.min(count, start + SLICE); i < end; i++) each(i);
    await pacer?.breathe();
  }
}

function buffers(...arrays: ArrayBufferView[]): ArrayBuffer[] {
  return arrays.map((array) => array.buffer as ArrayBuffer);
}

function fail(message: string): never {
  throw new Error(`analytics worker: ${message}`);
}
