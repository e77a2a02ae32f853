/**
 * The initiative write statements, as pure builders (no I/O) so tests can snapshot them.
 * Reads (lists, counts, full-text search, by id, hops) come from the generic builders.
 */
import type { Statement } from '../../db/gateway';
import { projection } from '../../db/cypher';
import { INITIATIVE, PARTICIPANT } from '../../model/nodes';

const INITIATIVE_OF = (variable: string) => `${projection(variable, INITIATIVE.properties)} AS initiative`;

export function initiativeByClientKey(clientKey: string): Statement {
  return {
    cypher: `MATCH (n:Initiative {clientKey: $clientKey}) RETURN ${INITIATIVE_OF('n')}`,
    params: { clientKey },
  };
}

export interface InitiativeWrite {
  name: string;
  kind: string;
  status: string;
  startsAt: string;
  endsAt: string;
}

export interface ContributorWrite {
  participantId: string;
  role: string;
}

/**
 * Creates an initiative with its UNDER link (when given) and its contributors. MERGE on the
 * id generated before the transaction makes the driver's retries harmless.
 */
export function createInitiative(
  id: string,
  clientKey: string | null,
  fields: InitiativeWrite,
  partnershipId: string | null,
  contributors: ContributorWrite[],
): Statement {
  const { startsAt, endsAt, ...plain } = fields;
  return {
    cypher: `MERGE (n:Initiative {id: $id})
ON CREATE SET n += $fields, n.startsAt = datetime($startsAt), n.endsAt = datetime($endsAt),
  n.clientKey = $clientKey, n.createdAt = datetime(), n.updatedAt = datetime()
WITH n
CALL (n) {
  UNWIND CASE WHEN $partnershipId IS NULL THEN [] ELSE [$partnershipId] END AS partnershipId
  MATCH (p:Partnership {id: partnershipId})
  MERGE (n)-[:UNDER]->(p)
}
CALL (n) {
  UNWIND $contributors AS contributor
  MATCH (a:Participant {id: contributor.participantId})
  MERGE (a)-[r:CONTRIBUTES_TO]->(n)
  ON CREATE SET r.role = contributor.role
}
RETURN ${INITIATIVE_OF('n')}`,
    params: { id, clientKey, fields: plain, startsAt, endsAt, partnershipId, contributors },
  };
}

/**
 * Locks the initiative before its status is read, so two concurrent status changes cannot
 * both start from the same status (e.g. one completing, one cancelling). Setting and
 * removing a scratch property locks the node without changing it.
 */
export function lockInitiative(id: string): Statement {
  return {
    cypher: `MATCH (n:Initiative {id: $id})
SET n._lock = true
REMOVE n._lock
RETURN ${INITIATIVE_OF('n')}`,
    params: { id },
  };
}

export function setInitiativeStatus(id: string, status: string): Statement {
  return {
    cypher: `MATCH (n:Initiative {id: $id})
SET n.status = $status, n.updatedAt = datetime()
RETURN ${INITIATIVE_OF('n')}`,
    params: { id, status },
  };
}

/**
 * Adds a contributor, or sets the role of an existing one: MERGE keeps one CONTRIBUTES_TO per
 * participant, and the initiative changes only when the link or its role does.
 */
export function addContributor(initiativeId: string, participantId: string, role: string): Statement {
  return {
    cypher: `MATCH (n:Initiative {id: $initiativeId}), (a:Participant {id: $participantId})
MERGE (a)-[r:CONTRIBUTES_TO]->(n)
WITH n, a, r, coalesce(r.role <> $role, true) AS changed
SET r.role = $role
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET n.updatedAt = datetime())
RETURN ${INITIATIVE_OF('n')}, ${projection('a', PARTICIPANT.properties)} AS contributor`,
    params: { initiativeId, participantId, role },
  };
}
