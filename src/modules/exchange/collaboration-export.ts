/**
 * The collaboration graph with every participant's computed metrics as node attributes: what
 * Gephi, notebooks and BI tools want from ecograph (docs/export.md). One state of the graph:
 * the graph version is read before and after the read and the computation, and the whole
 * export is redone when a write landed in between.
 */
import { UndirectedGraph } from 'graphology';
import type { Clock } from '../../core/clock';
import { toGlobalId } from '../../core/global-id';
import type { Gateway } from '../../db/gateway';
import { loadCollaborationGraph } from '../../kpi/collaboration-graph';
import { CENTRALITY_METRICS, type CentralityMetric } from '../../kpi/definitions';
import type { AnalyticsEngine, EngineName } from '../../kpi/engine';
import { PARTICIPANT_LABELS } from './collaboration-export.queries';
import { GraphChangedError } from './errors';

export type ParticipantAttributes = Record<CentralityMetric, number> & {
  name: string;
  kind: string;
  sector: string;
  region: string;
  status: string;
  /** ISO-8601 instant. */
  joinedAt: string;
  /** Louvain community (engine-specific numbering: equal numbers = same community). */
  community: number;
};

/** Declared column types (GraphML keys), fixed rather than guessed from the values. */
export const PARTICIPANT_ATTRIBUTE_TYPES: Record<keyof ParticipantAttributes, 'string' | 'double' | 'int'> = {
  name: 'string',
  kind: 'string',
  sector: 'string',
  region: 'string',
  status: 'string',
  joinedAt: 'string',
  degree: 'int',
  weightedDegree: 'double',
  pageRank: 'double',
  betweenness: 'double',
  closeness: 'double',
  eigenvector: 'double',
  community: 'int',
};

export interface TieAttributes {
  /** Shared partnerships that are not terminated. */
  weight: number;
}

export const TIE_ATTRIBUTE_TYPES: Record<keyof TieAttributes, 'int'> = { weight: 'int' };

export interface ExportDescription {
  /** The graph version every figure describes. */
  version: number;
  engine: EngineName;
  computedAt: Date;
  /** Sampled betweenness (large graphs) is an estimate: said in the file. */
  betweennessSampled: boolean;
}

export interface CollaborationExport {
  graph: UndirectedGraph<ParticipantAttributes, TieAttributes>;
  description: ExportDescription;
}

const ATTEMPTS = 3;

/** Node ids are the API's global ids, so a row in Gephi can be looked up with `node(id)`. */
export const participantKey = (id: string): string => toGlobalId('Participant', id);

export async function exportCollaboration(
  gateway: Gateway,
  engine: AnalyticsEngine,
  clock: Clock,
): Promise<CollaborationExport> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const before = await gateway.graphVersion();
    const collaboration = await loadCollaborationGraph(gateway);
    const labels = await gateway.readRows(PARTICIPANT_LABELS);
    const analytics = await engine.compute(collaboration);
    if ((await gateway.graphVersion()) !== before) continue;

    const byId = new Map(labels.map((row) => [String(row.id), row]));
    const graph = new UndirectedGraph<ParticipantAttributes, TieAttributes>();
    for (const node of collaboration.nodes) {
      const label = byId.get(node.id);
      const metrics = analytics.nodes.get(node.id);
      if (!label || !metrics) continue; // unreachable: one version, same participants
      const figures = Object.fromEntries(CENTRALITY_METRICS.map((metric) => [metric, metrics[metric]])) as Record<
        CentralityMetric,
        number
      >;
      graph.addNode(participantKey(node.id), {
        name: String(label.name),
        kind: node.kind,
        sector: node.sector,
        region: node.region,
        status: String(label.status),
        joinedAt: label.joinedAt instanceof Date ? label.joinedAt.toISOString() : String(label.joinedAt ?? ''),
        ...figures,
        community: metrics.community,
      });
    }
    for (const edge of collaboration.edges) {
      graph.addEdge(participantKey(edge.source), participantKey(edge.target), { weight: edge.weight });
    }
    return {
      graph,
      description: {
        version: before,
        engine: analytics.engine,
        computedAt: clock(),
        betweennessSampled: analytics.betweenness.sampled,
      },
    };
  }
  throw new GraphChangedError(ATTEMPTS);
}
