/**
 * Which of the given participants are not parties of a partnership. Shared by every
 * engagement record (interactions, value flows, surveys): they only happen between parties.
 */
import type { Statement } from '../../db/gateway';
import { currentTie } from '../../model/party-tie';

export function nonParties(partnershipId: string, participantIds: readonly string[]): Statement {
  return {
    cypher: `UNWIND $participantIds AS participantId
WITH participantId
WHERE NOT EXISTS { (:Participant {id: participantId})-${currentTie('tie')}->(:Partnership {id: $partnershipId}) }
RETURN participantId`,
    params: { partnershipId, participantIds: [...participantIds] },
  };
}
