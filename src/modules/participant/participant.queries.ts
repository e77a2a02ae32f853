/**
 * The participant write statements, as pure builders (no I/O) so tests can snapshot them.
 * Reads (lists, counts, by id, hops) come from the generic builders over PARTICIPANT.
 */
import type { Statement } from '../../db/gateway';
import { projection } from '../../db/cypher';
import { PARTICIPANT } from '../../model/nodes';

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
 * commit retries harmless; the client key makes the client's own retries harmless.
 */
export function createParticipant(id: string, clientKey: string | null, fields: ParticipantWrite): Statement {
  return {
    cypher: `MERGE (n:Participant {id: $id})
ON CREATE SET n += $fields, n.joinedAt = datetime($fields.joinedAt), n.clientKey = $clientKey,
  n.createdAt = datetime(), n.updatedAt = datetime()
${RETURN_PARTICIPANT}`,
    params: { id, clientKey, fields },
  };
}

/** Sets the given fields (a null externalId removes it); returns nothing when the id is unknown. */
export function updateParticipant(id: string, changes: Partial<ParticipantWrite>): Statement {
  const { joinedAt, ...rest } = changes;
  return {
    cypher: `MATCH (n:Participant {id: $id})
SET n += $changes, n.updatedAt = datetime()
FOREACH (_ IN CASE WHEN $joinedAt IS NULL THEN [] ELSE [1] END | SET n.joinedAt = datetime($joinedAt))
${RETURN_PARTICIPANT}`,
    params: { id, changes: rest, joinedAt: joinedAt ?? null },
  };
}
