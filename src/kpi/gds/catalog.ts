/**
 * GDS graph catalog statements: the in-memory projection of the collaboration graph C, the
 * subgraph the resilience KPI needs, and dropping them. Pure builders (snapshot-tested).
 *
 * The projection carries C twice, as two relationship types over the same nodes:
 * - COLLABORATES: one undirected relationship per pair, `weight` = shared partnerships. Every
 *   algorithm but eigenvector runs on it.
 * - SHARES: one undirected relationship per shared partnership (parallel relationships). Its
 *   adjacency matrix is C's weighted one, which is what NetworkX's weighted eigenvector uses;
 *   GDS's own weighted eigenvector divides each weight by the sender's weighted degree (a
 *   random-walk matrix, whose leading vector is just the weighted degree), so the unweighted
 *   run on SHARES is the faithful one. It relies on weights being counts, as C defines them.
 */
import type { Statement } from '../../db/gateway';
import { int } from '../../db/values';
import { currentTie } from '../../model/party-tie';

export const COLLABORATES = 'COLLABORATES';
export const SHARES = 'SHARES';

/** Graph names start with this, so leftovers (a crashed process) are recognisable. */
export const GRAPH_NAME_PREFIX = 'ecograph-kpi-';

/**
 * The k-th projection of a computation: `ecograph-kpi-<compute id>-<k>`. The compute id is
 * also in the transaction's metadata (`kpiCompute`), which is how a sweep tells a projection
 * in use from a leftover (leftovers.ts).
 */
export function projectionName(computeId: string, k: number): string {
  return `${GRAPH_NAME_PREFIX}${computeId}-${k}`;
}

/**
 * Cypher aggregation projection of C: one row per participant not EXITED (null target: a
 * node, isolated ones included), then one row per relationship to create for each pair
 * sharing a partnership that is not TERMINATED. `p.id < q.id` visits every pair once; the
 * undirected types store it both ways. Same definition as COLLABORATION_NODES/EDGES.
 *
 * Both parts are ordered by participant id, nodes first: GDS numbers nodes in the order it
 * first sees them, and Louvain and Leiden on one thread visit them in that order, so the
 * communities depend on the graph, not on the order it was written in (on the database's
 * node ids they differed from load to load: issue 15, item 4).
 *
 * Nodes and pairs are two independent scans joined by UNION ALL rather than an OPTIONAL
 * MATCH per participant: with stale index statistics (just after a bulk load) the planner
 * put a Partnership index scan inside that per-participant branch, which made the
 * projection quadratic (over 2 minutes instead of 0.5 s on the medium demo data).
 */
export function projectCollaborationGraph(graphName: string): Statement {
  return {
    cypher: `CALL () {
  MATCH (p:Participant) WHERE p.status <> 'EXITED'
  RETURN p, null AS q, 0 AS shared ORDER BY p.id
  UNION ALL
  MATCH (p:Participant)-${currentTie('rp')}->(s:Partnership)<-${currentTie('rq')}-(q:Participant)
  WHERE s.stage <> 'TERMINATED' AND p.status <> 'EXITED' AND q.status <> 'EXITED' AND p.id < q.id
  RETURN p, q, count(DISTINCT s) AS shared ORDER BY p.id, q.id
}
UNWIND ['${COLLABORATES}'] + [i IN range(1, shared) | '${SHARES}'] AS type
WITH gds.graph.project($graphName, p, q, {
  relationshipType: type,
  relationshipProperties: {weight: CASE type WHEN '${COLLABORATES}' THEN toFloat(shared) ELSE 1.0 END}
}, {undirectedRelationshipTypes: ['*']}) AS graph
RETURN graph.graphName AS graphName, graph.nodeCount AS nodeCount, graph.relationshipCount AS relationshipCount`,
    params: { graphName },
  };
}

/**
 * A projection of C without the given nodes (GDS node ids), from the in-memory graph's own
 * relationships rather than from the database again. Only nodes with a remaining
 * relationship appear in it; isolated survivors are components of size 1, which the caller
 * accounts for. Without any remaining relationship the graph is not created (null counts).
 */
export function projectWithoutNodes(
  graphName: string,
  fromGraphName: string,
  relationshipTypes: string[],
  removedNodeIds: number[],
): Statement {
  return {
    cypher: `CALL gds.graph.relationships.stream($fromGraphName, $relationshipTypes) YIELD sourceNodeId, targetNodeId
WITH sourceNodeId, targetNodeId
WHERE sourceNodeId < targetNodeId AND NOT sourceNodeId IN $removed AND NOT targetNodeId IN $removed
WITH gds.graph.project($graphName, sourceNodeId, targetNodeId, {}, {undirectedRelationshipTypes: ['*']}) AS graph
RETURN graph.nodeCount AS nodeCount, graph.relationshipCount AS relationshipCount`,
    params: { graphName, fromGraphName, relationshipTypes, removed: removedNodeIds.map(int) },
  };
}

/**
 * A projection of C without the given relationships (pairs of GDS node ids, smaller first),
 * from the in-memory graph, and the weights of the removed ones. Every node with a
 * relationship in C is in it (a removed relationship still adds its source node). The pairs
 * travel as "source-target" strings: Cypher checks `IN` against a list of strings with a
 * hash lookup, but compares list-valued pairs one by one (0.35 s instead of 0.02 s for the
 * 1,875 bridges of the medium demo graph).
 */
export function projectWithoutRelationships(
  graphName: string,
  fromGraphName: string,
  relationshipTypes: string[],
  removed: readonly (readonly [number, number])[],
): Statement {
  return {
    cypher: `CALL gds.graph.relationshipProperty.stream($fromGraphName, 'weight', $relationshipTypes)
YIELD sourceNodeId, targetNodeId, propertyValue
WITH sourceNodeId AS source, targetNodeId AS target, propertyValue AS weight
WHERE source < target
WITH source, target, weight, toString(source) + '-' + toString(target) IN $removed AS isRemoved
WITH gds.graph.project($graphName, source, CASE WHEN isRemoved THEN null ELSE target END, {},
    {undirectedRelationshipTypes: ['*']}) AS graph,
  collect(CASE WHEN isRemoved THEN [source, target, weight] END) AS removedWeights
RETURN graph.nodeCount AS nodeCount, removedWeights`,
    params: { graphName, fromGraphName, relationshipTypes, removed: removed.map(([a, b]) => `${a}-${b}`) },
  };
}

/** Drops a projection; no error (and no row) when it does not exist. */
export function dropGraph(graphName: string): Statement {
  return {
    cypher: 'CALL gds.graph.drop($graphName, false) YIELD graphName RETURN graphName',
    params: { graphName },
  };
}

/** Names of the projections KPI computations make (any process), oldest naming included. */
export const LIST_KPI_GRAPHS: Statement = {
  cypher: 'CALL gds.graph.list() YIELD graphName WHERE graphName STARTS WITH $prefix RETURN graphName',
  params: { prefix: GRAPH_NAME_PREFIX },
};

/** Compute ids of the KPI computations whose transaction is running on this server. */
export const RUNNING_KPI_COMPUTES: Statement = {
  cypher: `SHOW TRANSACTIONS YIELD metaData
WHERE metaData.kpiCompute IS NOT NULL
RETURN DISTINCT metaData.kpiCompute AS computeId`,
  params: {},
};

/** Names of every projection in the catalog. */
export const LIST_GRAPHS: Statement = {
  cypher: 'CALL gds.graph.list() YIELD graphName RETURN graphName ORDER BY graphName',
  params: {},
};
