/**
 * The value-flow write statements, as pure builders (no I/O) so tests can snapshot them.
 * Reads come from the generic relationship builders (relationship.queries.ts) over VALUE_FLOW.
 */
import type { Statement } from '../../db/gateway';
import { relationshipProjection } from './relationship.queries';
import { VALUE_FLOW } from './value-flow.relationship';

const RETURN_FLOW = `RETURN ${relationshipProjection(VALUE_FLOW)} AS valueFlow`;

/** The values a flow carries (`at` as an ISO string). */
export interface ValueFlowWrite {
  kind: string;
  amount: number;
  currency: string;
  at: string;
  partnershipId: string | null;
}

export function valueFlowByClientKey(clientKey: string): Statement {
  return { cypher: `MATCH ()-[r:VALUE_FLOW {clientKey: $clientKey}]->() ${RETURN_FLOW}`, params: { clientKey } };
}

/**
 * Records a flow from one participant to another. MERGE on the id generated before the
 * transaction makes the driver's commit retries harmless.
 */
export function createValueFlow(
  id: string,
  clientKey: string | null,
  fromId: string,
  toId: string,
  fields: ValueFlowWrite,
): Statement {
  return {
    cypher: `MATCH (a:Participant {id: $fromId}), (b:Participant {id: $toId})
MERGE (a)-[r:VALUE_FLOW {id: $id}]->(b)
ON CREATE SET r += $fields, r.at = datetime($fields.at), r.clientKey = $clientKey, r.createdAt = datetime()
${RETURN_FLOW}`,
    params: { id, clientKey, fromId, toId, fields },
  };
}

/**
 * Takes the flow's write lock (a marker set and removed: no net change) so that two
 * concurrent corrections of the same flow run one after the other.
 */
export function lockValueFlow(id: string): Statement {
  return {
    cypher: 'MATCH ()-[r:VALUE_FLOW {id: $id}]->() SET r.correctionLock = true REMOVE r.correctionLock',
    params: { id },
  };
}

/** The flow to correct, with `correctedBy` (which reads hide). */
export function valueFlowToCorrect(id: string): Statement {
  return {
    cypher: `MATCH ()-[r:VALUE_FLOW {id: $id}]->() RETURN ${relationshipProjection(VALUE_FLOW)} AS valueFlow, r.correctedBy AS correctedBy`,
    params: { id },
  };
}

/**
 * Records the correction of `oldId`: a new flow between the same participants with the given
 * values and `corrects` pointing back; the old one only gains `correctedBy`.
 */
export function correctValueFlow(
  oldId: string,
  id: string,
  clientKey: string | null,
  fields: ValueFlowWrite,
  reason: string,
): Statement {
  return {
    cypher: `MATCH (a)-[o:VALUE_FLOW {id: $oldId}]->(b)
MERGE (a)-[r:VALUE_FLOW {id: $id}]->(b)
ON CREATE SET r += $fields, r.at = datetime($fields.at), r.corrects = $oldId, r.correctionReason = $reason,
  r.clientKey = $clientKey, r.createdAt = datetime()
SET o.correctedBy = $id
${RETURN_FLOW}`,
    params: { oldId, id, clientKey, fields, reason },
  };
}
