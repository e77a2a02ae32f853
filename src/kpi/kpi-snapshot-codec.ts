/**
 * How a KPI snapshot is stored (kpi-snapshot.queries.ts): column-wise JSON (one array per
 * field, not one object per participant, about half the size), gzipped, as a Neo4j byte
 * array. JSON numbers round-trip exactly, so a restored figure equals the computed one.
 */
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { CollaborationGraph } from './collaboration-graph';
import { CENTRALITY_METRICS, type CentralityMetric } from './definitions';
import type { GraphAnalytics, NodeCentralities } from './engine';

export const SNAPSHOT_FORMAT = 1;

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

interface Columns {
  graph: {
    ids: string[];
    kinds: string[];
    sectors: string[];
    regions: string[];
    sources: string[];
    targets: string[];
    weights: number[];
  };
  analytics: Omit<GraphAnalytics, 'nodes'> & {
    ids: string[];
    metrics: Record<CentralityMetric, number[]>;
    community: number[];
  };
}

export async function encodeSnapshot(graph: CollaborationGraph, analytics: GraphAnalytics): Promise<Int8Array> {
  const ids = [...analytics.nodes.keys()];
  const rows = [...analytics.nodes.values()];
  const { nodes: _nodes, ...rest } = analytics;
  const columns: Columns = {
    graph: {
      ids: graph.nodes.map((node) => node.id),
      kinds: graph.nodes.map((node) => node.kind),
      sectors: graph.nodes.map((node) => node.sector),
      regions: graph.nodes.map((node) => node.region),
      sources: graph.edges.map((edge) => edge.source),
      targets: graph.edges.map((edge) => edge.target),
      weights: graph.edges.map((edge) => edge.weight),
    },
    analytics: {
      ...rest,
      ids,
      metrics: Object.fromEntries(
        CENTRALITY_METRICS.map((metric) => [metric, rows.map((row) => row[metric])]),
      ) as Columns['analytics']['metrics'],
      community: rows.map((row) => row.community),
    },
  };
  const zipped = await gzipAsync(Buffer.from(JSON.stringify(columns)));
  // The driver sends an Int8Array as a Neo4j byte array (a Buffer would go as a list).
  return new Int8Array(zipped.buffer, zipped.byteOffset, zipped.byteLength);
}

export async function decodeSnapshot(
  payload: Int8Array,
): Promise<{ graph: CollaborationGraph; analytics: GraphAnalytics }> {
  const json = await gunzipAsync(Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength));
  const columns = JSON.parse(json.toString('utf8')) as Columns;
  const g = columns.graph;
  const graph: CollaborationGraph = {
    nodes: g.ids.map((id, i) => ({ id, kind: g.kinds[i], sector: g.sectors[i], region: g.regions[i] })),
    edges: g.sources.map((source, i) => ({ source, target: g.targets[i], weight: g.weights[i] })),
  };
  const { ids, metrics, community, ...rest } = columns.analytics;
  const nodes = new Map<string, NodeCentralities>();
  ids.forEach((id, i) => {
    const row = { community: community[i] } as NodeCentralities;
    for (const metric of CENTRALITY_METRICS) row[metric] = metrics[metric][i];
    nodes.set(id, row);
  });
  return { graph, analytics: { ...rest, nodes } };
}
