/**
 * The survey write statements, as pure builders (no I/O) so tests can snapshot them.
 * Reads (lists, counts, by id, hops) come from the generic builders over SURVEY.
 */
import type { Statement } from '../../db/gateway';
import { projection } from '../../db/cypher';
import { int } from '../../db/values';
import { SURVEY } from '../../model/nodes';

const RETURN_SURVEY = `RETURN ${projection('n', SURVEY.properties)} AS survey`;

/** The values a survey carries (`at` as an ISO string; a null comment is left absent). */
export interface SurveyWrite {
  score: number;
  at: string;
  comment: string | null;
}

export function surveyByClientKey(clientKey: string): Statement {
  return { cypher: `MATCH (n:Survey {clientKey: $clientKey}) ${RETURN_SURVEY}`, params: { clientKey } };
}

/**
 * Records a participant's answer about a partnership. The score travels as a Neo4j Integer
 * (data-model contract); MERGE on the pre-generated id makes driver retries harmless.
 */
export function createSurvey(
  id: string,
  clientKey: string | null,
  partnershipId: string,
  participantId: string,
  fields: SurveyWrite,
): Statement {
  return {
    cypher: `MATCH (p:Partnership {id: $partnershipId}), (a:Participant {id: $participantId})
MERGE (n:Survey {id: $id})
ON CREATE SET n += $fields, n.at = datetime($fields.at), n.clientKey = $clientKey,
  n.createdAt = datetime(), n.updatedAt = datetime()
MERGE (a)-[:RATED]->(n)
MERGE (n)-[:OF]->(p)
${RETURN_SURVEY}`,
    params: { id, clientKey, partnershipId, participantId, fields: { ...fields, score: int(fields.score) } },
  };
}
