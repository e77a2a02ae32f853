/**
 * The participant write statements, as pure builders (no I/O) so tests can snapshot them.
 * Reads (lists, counts, by id, hops) come from the generic builders over PARTICIPANT.
 */
import type { Statement } from '../../db/gateway';
import { projection } from '../../db/cypher';
import { JOINED_AT_CHANGE, PARTICIPANT } from '../../model/nodes';

const RETURN_PARTICIPANT = `RETURN ${projection('n', PARTICIPANT.properties)} AS participant`;

export function participantByClientKey(clientKey: string): Statement {
  return { cypher: `MATCH (n:Participant {clientKey: $clientKey}) ${RETURN_PARTICIPANT}`, params: { clientKey } };
}

/** Another participant already holding this external id (external ids are unique). */
export function externalIdHolder(externalId: string, exceptId: string): Statement {
  return {
    cypher: 'MATCH (n:Participant {externalId: $externalId}) WHERE n.id <> $exceptId RETURN n.id AS id',
    params: { externalId, exceptId },
  };
}

export interface ParticipantWrite {
  name: string;
  kind: string;
  sector: string;
  region: string;
  tier: string;
  status: string;
  joinedAt: string;
  externalId: string | null;
}

/**
 * Creates a participant. MERGE on the id generated before the transaction makes the driver's
 * commit retries harmless; the client key makes the client's own retries harmless. One
 * created as EXITED is dated as exited when it is recorded (`at`).
 */
export function createParticipant(
  id: string,
  clientKey: string | null,
  fields: ParticipantWrite,
  at: string,
): Statement {
  return {
    cypher: `MERGE (n:Participant {id: $id})
ON CREATE SET n += $fields, n.joinedAt = datetime($fields.joinedAt), n.clientKey = $clientKey,
  n.exitedAt = CASE WHEN $fields.status = 'EXITED' THEN datetime($at) END,
  n.createdAt = datetime(), n.updatedAt = datetime()
${RETURN_PARTICIPANT}`,
    params: { id, clientKey, fields, at },
    touches: { participants: [id] },
  };
}

/** Who changed a participant, when (business time), and the ids its change records get. */
export interface ParticipantChangeStamp {
  at: string;
  by: string;
  joinedAtChangeId: string;
  statusChangeId: string;
}

/**
 * Sets the given fields (a null externalId removes it); returns nothing when the id is unknown.
 * Nothing is overwritten silently: a new `joinedAt` keeps the old one in a JoinedAtChange, a
 * new status is recorded in a ParticipantStatusChange, and `exitedAt` is set when the status
 * becomes EXITED (cleared when it leaves EXITED; the status changes keep the exit). The change
 * ids are fixed before the transaction, so a driver retry merges the same records.
 */
export function updateParticipant(
  id: string,
  changes: Partial<ParticipantWrite>,
  stamp: ParticipantChangeStamp,
): Statement {
  const { joinedAt, ...rest } = changes;
  return {
    cypher: `MATCH (n:Participant {id: $id})
WITH n, n.joinedAt AS joinedBefore, n.status AS statusBefore
SET n += $changes, n.updatedAt = datetime()
FOREACH (_ IN CASE WHEN $joinedAt IS NULL THEN [] ELSE [1] END | SET n.joinedAt = datetime($joinedAt))
SET n.exitedAt = CASE
  WHEN n.status <> 'EXITED' THEN null
  WHEN statusBefore <> 'EXITED' THEN datetime($stamp.at)
  ELSE n.exitedAt END
FOREACH (_ IN CASE WHEN n.joinedAt <> joinedBefore THEN [1] ELSE [] END |
  MERGE (c:JoinedAtChange {id: $stamp.joinedAtChangeId})
  ON CREATE SET c.from = joinedBefore, c.to = n.joinedAt, c.at = datetime($stamp.at), c.by = $stamp.by,
    c.createdAt = datetime(), c.updatedAt = datetime()
  MERGE (n)-[:HAD_JOINED_AT]->(c))
FOREACH (_ IN CASE WHEN n.status <> statusBefore THEN [1] ELSE [] END |
  MERGE (c:ParticipantStatusChange {id: $stamp.statusChangeId})
  ON CREATE SET c.from = statusBefore, c.to = n.status, c.at = datetime($stamp.at), c.by = $stamp.by,
    c.createdAt = datetime(), c.updatedAt = datetime()
  MERGE (n)-[:HAD_STATUS]->(c))
${RETURN_PARTICIPANT}`,
    params: { id, changes: rest, joinedAt: joinedAt ?? null, stamp },
    touches: { participants: [id] },
  };
}

/** Each participant's earlier `joinedAt` values, oldest change first. */
export function joinedAtHistory(participantIds: readonly string[]): Statement {
  return {
    cypher: `UNWIND $participantIds AS participantId
MATCH (n:Participant {id: participantId})
CALL (n) {
  OPTIONAL MATCH (n)-[:HAD_JOINED_AT]->(c:JoinedAtChange)
  WITH c ORDER BY c.at, c.createdAt, c.id
  RETURN collect(${projection('c', JOINED_AT_CHANGE.properties)}) AS changes
}
RETURN participantId, changes`,
    params: { participantIds: [...participantIds] },
  };
}
