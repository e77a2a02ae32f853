/**
 * What the graph export reads besides the collaboration graph itself: the names and join
 * dates of its participants, and the graph version the read saw (so the export can say which
 * state of the ecosystem it describes and detect a write that landed during the computation).
 */
import type { Statement } from '../../db/gateway';

export const PARTICIPANT_LABELS: Statement = {
  cypher: `MATCH (p:Participant) WHERE p.status <> 'EXITED'
RETURN p.id AS id, p.name AS name, p.status AS status, p.joinedAt AS joinedAt
ORDER BY id`,
  params: {},
};
