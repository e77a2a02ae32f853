/**
 * The interaction write statements, as pure builders (no I/O) so tests can snapshot them.
 * Reads (lists, counts, by id, hops) come from the generic builders over INTERACTION.
 */
import type { Statement } from '../../db/gateway';
import { projection } from '../../db/cypher';
import { INTERACTION } from '../../model/nodes';

const RETURN_INTERACTION = `RETURN ${projection('n', INTERACTION.properties)} AS interaction`;

/** The values an interaction carries (`at` as an ISO string; a null note is left absent). */
export interface InteractionWrite {
  kind: string;
  at: string;
  weight: number;
  note: string | null;
}

export function interactionByClientKey(clientKey: string): Statement {
  return { cypher: `MATCH (n:Interaction {clientKey: $clientKey}) ${RETURN_INTERACTION}`, params: { clientKey } };
}

/**
 * Records an interaction within a partnership, engaging the given participants. MERGE on the
 * id generated before the transaction makes the driver's commit retries harmless.
 */
export function createInteraction(
  id: string,
  clientKey: string | null,
  partnershipId: string,
  participantIds: readonly string[],
  fields: InteractionWrite,
): Statement {
  return {
    cypher: `MATCH (p:Partnership {id: $partnershipId})
MERGE (n:Interaction {id: $id})
ON CREATE SET n += $fields, n.at = datetime($fields.at), n.clientKey = $clientKey,
  n.createdAt = datetime(), n.updatedAt = datetime()
MERGE (n)-[:WITHIN]->(p)
WITH n
CALL (n) {
  UNWIND $participantIds AS participantId
  MATCH (a:Participant {id: participantId})
  MERGE (a)-[:ENGAGED_IN]->(n)
}
${RETURN_INTERACTION}`,
    params: { id, clientKey, partnershipId, participantIds: [...participantIds], fields },
  };
}

/**
 * Takes the interaction's write lock (a marker set and removed: no net change) so that two
 * concurrent corrections of the same interaction run one after the other, and the second
 * sees the first one's `correctedBy`.
 */
export function lockInteraction(id: string): Statement {
  return {
    cypher: 'MATCH (n:Interaction {id: $id}) SET n.correctionLock = true REMOVE n.correctionLock',
    params: { id },
  };
}

/** The interaction to correct, with `correctedBy` (which reads hide). */
export function interactionToCorrect(id: string): Statement {
  return {
    cypher: `MATCH (n:Interaction {id: $id}) RETURN ${projection('n', [...INTERACTION.properties, 'correctedBy'])} AS interaction`,
    params: { id },
  };
}

/**
 * Records the correction of `oldId`: a new interaction with the given values, the same
 * partnership and participants, `corrects` pointing back; the old one only gains `correctedBy`.
 */
export function correctInteraction(
  oldId: string,
  id: string,
  clientKey: string | null,
  fields: InteractionWrite,
  reason: string,
): Statement {
  return {
    cypher: `MATCH (o:Interaction {id: $oldId})
MERGE (n:Interaction {id: $id})
ON CREATE SET n += $fields, n.at = datetime($fields.at), n.corrects = $oldId, n.correctionReason = $reason,
  n.clientKey = $clientKey, n.createdAt = datetime(), n.updatedAt = datetime()
SET o.correctedBy = $id
WITH o, n
CALL (o, n) {
  MATCH (o)-[:WITHIN]->(p:Partnership)
  MERGE (n)-[:WITHIN]->(p)
}
CALL (o, n) {
  MATCH (a:Participant)-[:ENGAGED_IN]->(o)
  MERGE (a)-[:ENGAGED_IN]->(n)
}
${RETURN_INTERACTION}`,
    params: { oldId, id, clientKey, fields, reason },
  };
}
