/**
 * The collaboration graph C every structural KPI is computed on: one node per participant
 * that has not EXITED, an undirected edge between two participants that are both parties of
 * at least one partnership that is not TERMINATED, weighted by the number of such shared
 * partnerships. Read from Neo4j in two statements; kept as plain arrays so any engine can
 * build its own structure from it.
 */
import type { Gateway } from '../db/gateway';
import type { Statement } from '../db/gateway';
import { currentTie } from '../model/party-tie';

export interface CollaborationNode {
  id: string;
  kind: string;
  sector: string;
  region: string;
}

export interface CollaborationEdge {
  /** Always source < target (one edge per unordered pair). */
  source: string;
  target: string;
  /** Number of shared non-terminated partnerships. */
  weight: number;
}

export interface CollaborationGraph {
  nodes: CollaborationNode[];
  edges: CollaborationEdge[];
}

export const COLLABORATION_NODES: Statement = {
  cypher: `MATCH (p:Participant) WHERE p.status <> 'EXITED'
RETURN p.id AS id, p.kind AS kind, p.sector AS sector, p.region AS region
ORDER BY id`,
  params: {},
};

export const COLLABORATION_EDGES: Statement = {
  cypher: `MATCH (a:Participant)-${currentTie('ra')}->(s:Partnership)<-${currentTie('rb')}-(b:Participant)
WHERE a.id < b.id AND s.stage <> 'TERMINATED' AND a.status <> 'EXITED' AND b.status <> 'EXITED'
RETURN a.id AS source, b.id AS target, count(DISTINCT s) AS weight
ORDER BY source, target`,
  params: {},
};

/** Nodes and edges in one read transaction, so both describe the same state of the graph. */
export async function loadCollaborationGraph(db: Gateway): Promise<CollaborationGraph> {
  const [nodes, edges] = await db.read(async (tx) => [
    await tx.run(COLLABORATION_NODES),
    await tx.run(COLLABORATION_EDGES),
  ]);
  return {
    // COLLABORATION_NODES returns exactly CollaborationNode's fields as plain strings.
    nodes: nodes as unknown as CollaborationNode[],
    edges: edges.map((row) => ({ source: String(row.source), target: String(row.target), weight: Number(row.weight) })),
  };
}
