/**
 * Cypher for graph exploration on the collaboration graph: participants connected through
 * the partnerships they are party to. Pure builders, snapshot-tested.
 */
import { projection } from '../../db/cypher';
import type { Statement } from '../../db/gateway';
import { int } from '../../db/values';
import { PARTICIPANT, PARTNERSHIP } from '../../model/nodes';
import { allCurrentTies, currentTie, PARTY_TO } from '../../model/party-tie';

const PARTICIPANT_MAP = (variable: string) => projection(variable, PARTICIPANT.properties);
const PARTNERSHIP_MAP = projection('s', PARTNERSHIP.properties);

/** The partnership filter every exploration applies (types, stages; TERMINATED unless asked). */
export interface TieFilter {
  partnershipTypes: string[] | null;
  partnershipStages: string[] | null;
  includeTerminated: boolean;
  participantKinds: string[] | null;
}

const tieConditions = `($types IS NULL OR s.type IN $types)
  AND ($stages IS NULL OR s.stage IN $stages)
  AND ($includeTerminated OR s.stage <> 'TERMINATED')`;

const tieParams = (filter: TieFilter) => ({
  types: filter.partnershipTypes,
  stages: filter.partnershipStages,
  includeTerminated: filter.includeTerminated,
  kinds: filter.participantKinds,
});

/**
 * One BFS step: the collaboration ties of the frontier participants, with the partnership
 * that makes each tie and its recent engagement (interactions since `recentSince`: the service passes the last 365 days), capped.
 */
export function collaborationTies(
  frontier: readonly string[],
  filter: TieFilter,
  limit: number,
  recentSince: Date,
): Statement {
  return {
    cypher: `UNWIND $frontier AS fromId
MATCH (a:Participant {id: fromId})-${currentTie('ra')}->(s:Partnership)<-${currentTie('rb')}-(b:Participant)
WHERE b <> a AND ${tieConditions}
  AND ($kinds IS NULL OR b.kind IN $kinds) AND b.status <> 'EXITED'
WITH fromId, b, s LIMIT $limit
RETURN fromId, ${PARTICIPANT_MAP('b')} AS participant, ${PARTNERSHIP_MAP} AS partnership,
  COUNT { (s)<-[:WITHIN]-(i:Interaction) WHERE i.at >= datetime($recentSince) AND i.correctedBy IS NULL }
    AS recentInteractions`,
    params: {
      frontier: [...frontier],
      ...tieParams(filter),
      limit: int(limit),
      recentSince: recentSince.toISOString(),
    },
  };
}

export function participantsById(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id MATCH (p:Participant {id: id}) RETURN ${PARTICIPANT_MAP('p')} AS participant`,
    params: { ids: [...ids] },
  };
}

/**
 * The unweighted shortest chain of partnerships between two participants. The hop bound is
 * a validated integer (1..6) written as a literal because Cypher cannot take it as a parameter.
 */
export function shortestCollaborationPath(fromId: string, toId: string, maxHops: number, filter: TieFilter): Statement {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 6) throw new RangeError(`maxHops ${maxHops} out of 1..6`);
  return {
    cypher: `MATCH (a:Participant {id: $fromId}), (b:Participant {id: $toId})
MATCH path = shortestPath((a)-[:${PARTY_TO}*..${2 * maxHops}]-(b))
WHERE ${allCurrentTies('path')}
  AND all(s IN nodes(path) WHERE NOT s:Partnership OR (${tieConditions}))
  AND all(p IN nodes(path) WHERE NOT p:Participant OR p.status <> 'EXITED')
RETURN [n IN nodes(path) WHERE n:Participant | ${PARTICIPANT_MAP('n')}] AS participants,
  [s IN nodes(path) WHERE s:Partnership | ${PARTNERSHIP_MAP}] AS partnerships`,
    params: { fromId, toId, ...tieParams(filter) },
  };
}

export interface SubgraphFilter extends TieFilter {
  sectors: string[] | null;
  regions: string[] | null;
}

/** Participants of a filtered view, hard-capped (one extra row tells that more exist). */
export function subgraphParticipants(filter: SubgraphFilter, limit: number): Statement {
  return {
    cypher: `MATCH (p:Participant)
WHERE p.status <> 'EXITED'
  AND ($kinds IS NULL OR p.kind IN $kinds)
  AND ($sectors IS NULL OR p.sector IN $sectors)
  AND ($regions IS NULL OR p.region IN $regions)
  AND EXISTS { (p)-${currentTie('tie')}->(s:Partnership) WHERE ${tieConditions} }
RETURN ${PARTICIPANT_MAP('p')} AS participant
ORDER BY COUNT { (p)-${currentTie('ranked')}->() } DESC, p.id
LIMIT $limit`,
    params: { ...tieParams(filter), sectors: filter.sectors, regions: filter.regions, limit: int(limit) },
  };
}

/** The ties among a set of participants (both ends inside the set). */
export function tiesAmong(ids: readonly string[], filter: TieFilter, limit: number, recentSince: Date): Statement {
  return {
    cypher: `MATCH (a:Participant)-${currentTie('ra')}->(s:Partnership)<-${currentTie('rb')}-(b:Participant)
WHERE a.id IN $ids AND b.id IN $ids AND a.id < b.id AND ${tieConditions}
WITH a, b, s LIMIT $limit
RETURN a.id AS fromId, b.id AS toId, ${PARTNERSHIP_MAP} AS partnership,
  COUNT { (s)<-[:WITHIN]-(i:Interaction) WHERE i.at >= datetime($recentSince) AND i.correctedBy IS NULL }
    AS recentInteractions`,
    params: { ids: [...ids], ...tieParams(filter), limit: int(limit), recentSince: recentSince.toISOString() },
  };
}
