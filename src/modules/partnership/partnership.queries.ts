/**
 * The partnership write statements as pure builders (snapshot-tested). Reads come from the
 * generic builders over PARTNERSHIP and the hops in src/model/hops.ts.
 */
import { projection } from '../../db/cypher';
import type { Statement } from '../../db/gateway';
import { PARTICIPANT, PARTNERSHIP, STAGE_CHANGE } from '../../model/nodes';
import { currentTie, PARTY_TO } from '../../model/party-tie';

const PARTNERSHIP_MAP = projection('p', PARTNERSHIP.properties);
const STAGE_CHANGE_MAP = projection('s', STAGE_CHANGE.properties);

export function partnershipByClientKey(clientKey: string): Statement {
  return {
    cypher: `MATCH (p:Partnership {clientKey: $clientKey}) RETURN ${PARTNERSHIP_MAP} AS partnership`,
    params: { clientKey },
  };
}

export interface PartnershipFields {
  name: string;
  type: string;
  subtype: string;
  strategicAlignment: number | null;
  startedAt: string;
  endsAt: string | null;
}

export interface NewPartnership {
  id: string;
  clientKey: string | null;
  fields: PartnershipFields;
  parties: { participantId: string; role: string }[];
  ownerIds: string[];
  /** The first StageChange (null → IDENTIFICATION). */
  firstChange: { id: string; at: string; by: string };
}

/**
 * Creates the partnership at IDENTIFICATION with its parties, owners and first StageChange.
 * Every write is a MERGE on ids fixed before the transaction, so a retry changes nothing.
 * The first parties are parties from the start: their ties' `addedAt` is `startedAt`.
 */
export function createPartnership(input: NewPartnership): Statement {
  return {
    cypher: `MERGE (p:Partnership {id: $id})
ON CREATE SET p.name = $fields.name, p.type = $fields.type, p.subtype = $fields.subtype,
  p.strategicAlignment = $fields.strategicAlignment, p.stage = 'IDENTIFICATION',
  p.startedAt = datetime($fields.startedAt), p.endsAt = datetime($fields.endsAt), p.clientKey = $clientKey,
  p.createdAt = datetime(), p.updatedAt = datetime()
WITH p
CALL (p) {
  UNWIND $parties AS party
  MATCH (participant:Participant {id: party.participantId})
  MERGE (participant)-[r:${PARTY_TO}]->(p)
  ON CREATE SET r.role = party.role, r.addedAt = datetime($fields.startedAt)
}
CALL (p) {
  UNWIND $ownerIds AS ownerId
  MATCH (owner:TeamMember {id: ownerId})
  MERGE (owner)-[:OWNS]->(p)
}
MERGE (s:StageChange {id: $change.id})
ON CREATE SET s.from = null, s.to = 'IDENTIFICATION', s.at = datetime($change.at), s.reason = 'created',
  s.by = $change.by, s.createdAt = datetime(), s.updatedAt = datetime()
MERGE (p)-[:HAD_STAGE]->(s)
RETURN ${PARTNERSHIP_MAP} AS partnership`,
    params: {
      id: input.id,
      clientKey: input.clientKey,
      fields: input.fields,
      parties: input.parties,
      ownerIds: input.ownerIds,
      change: input.firstChange,
    },
    touches: { partnerships: [input.id] },
  };
}

/** Sets the given fields; no row when the id is unknown. */
export function updatePartnership(id: string, changes: Partial<Omit<PartnershipFields, 'startedAt'>>): Statement {
  const { endsAt, ...rest } = changes;
  return {
    cypher: `MATCH (p:Partnership {id: $id})
SET p += $changes, p.updatedAt = datetime()
FOREACH (_ IN CASE WHEN $endsAt IS NULL THEN [] ELSE [1] END | SET p.endsAt = datetime($endsAt))
RETURN ${PARTNERSHIP_MAP} AS partnership`,
    params: { id, changes: rest, endsAt: endsAt ?? null },
  };
}

/**
 * Takes the partnership's write lock (the SET) and reads what the lifecycle guards need, so
 * two concurrent moves serialise and the second sees the first one's result.
 */
export function lockForStageMove(id: string): Statement {
  return {
    cypher: `MATCH (p:Partnership {id: $id})
SET p.updatedAt = datetime()
WITH p
OPTIONAL MATCH (p)-[:HAD_STAGE]->(change:StageChange)
WITH p, max(change.at) AS lastChangeAt,
  max(CASE WHEN change.to = 'RENEWAL' THEN change.at END) AS renewalSince
RETURN p.stage AS stage, p.type AS type, p.startedAt AS startedAt, lastChangeAt,
  COUNT { (p)<-${currentTie('tie')}-(:Participant) } AS parties,
  COUNT { (p)<-[:OWNS]-(:TeamMember) } AS owners,
  EXISTS { (p)<-[:CONCERNS]-(:ComplianceCheck {kind: 'DUE_DILIGENCE', status: 'PASSED'}) } AS dueDiligencePassed,
  EXISTS { (p)<-[:CONCERNS]-(:Agreement {status: 'EXECUTED'}) } AS agreementExecuted,
  EXISTS { MATCH (p)<-[:CONCERNS]-(a:Agreement {status: 'EXECUTED'})
           WHERE renewalSince IS NOT NULL AND a.signedAt >= renewalSince } AS agreementRenewed`,
    params: { id },
  };
}

export interface StageMove {
  partnershipId: string;
  changeId: string;
  clientKey: string | null;
  from: string;
  to: string;
  at: string;
  reason: string | null;
  by: string;
}

/** Moves the stage and records the StageChange; TERMINATED also closes the term (endsAt). */
export function moveStage(move: StageMove): Statement {
  return {
    cypher: `MATCH (p:Partnership {id: $partnershipId})
SET p.stage = $to, p.updatedAt = datetime()
FOREACH (_ IN CASE WHEN $to = 'TERMINATED' THEN [1] ELSE [] END | SET p.endsAt = datetime($at))
MERGE (s:StageChange {id: $changeId})
ON CREATE SET s.from = $from, s.to = $to, s.at = datetime($at), s.reason = $reason, s.by = $by,
  s.clientKey = $clientKey, s.createdAt = datetime(), s.updatedAt = datetime()
MERGE (p)-[:HAD_STAGE]->(s)
RETURN ${PARTNERSHIP_MAP} AS partnership, ${STAGE_CHANGE_MAP} AS stageChange`,
    params: { ...move },
    touches: { partnerships: [move.partnershipId] },
  };
}

/** A move already made with this client key, with its partnership as it is now. */
export function stageMoveByClientKey(clientKey: string): Statement {
  return {
    cypher: `MATCH (p:Partnership)-[:HAD_STAGE]->(s:StageChange {clientKey: $clientKey})
RETURN ${PARTNERSHIP_MAP} AS partnership, ${STAGE_CHANGE_MAP} AS stageChange`,
    params: { clientKey },
  };
}

/** Reads the partnership and the participant's current link, taking the partnership's lock. */
export function lockParties(partnershipId: string, participantId: string): Statement {
  return {
    cypher: `MATCH (p:Partnership {id: $partnershipId})
SET p.updatedAt = datetime()
WITH p
OPTIONAL MATCH (p)<-${currentTie('r')}-(:Participant {id: $participantId})
RETURN p.stage AS stage, r.role AS role,
  COUNT { (p)<-${currentTie('tie')}-(:Participant) } AS parties,
  COUNT { (p)<-${currentTie('lead', "lead.role = 'LEAD'")}-(:Participant) } AS leads`,
    params: { partnershipId, participantId },
  };
}

/**
 * Makes the participant a party with `role` from `at`: a new party (or one removed before, whose
 * ended tie stays as history) gets a new tie; a current party gets the role (same tie, so a
 * retry is harmless).
 */
export function addParty(partnershipId: string, participantId: string, role: string, at: string): Statement {
  return {
    cypher: `MATCH (p:Partnership {id: $partnershipId}), (participant:Participant {id: $participantId})
OPTIONAL MATCH (participant)-${currentTie('current')}->(p)
FOREACH (_ IN CASE WHEN current IS NULL THEN [1] ELSE [] END |
  CREATE (participant)-[:${PARTY_TO} {role: $role, addedAt: datetime($at)}]->(p))
SET current.role = $role
RETURN ${PARTNERSHIP_MAP} AS partnership`,
    params: { partnershipId, participantId, role, at },
    touches: { partnerships: [partnershipId], participants: [participantId] },
  };
}

/** Ends the participant's current tie at `at` (never before it began); the tie stays as history. */
export function removeParty(partnershipId: string, participantId: string, at: string): Statement {
  return {
    cypher: `MATCH (p:Partnership {id: $partnershipId})<-${currentTie('r')}-(:Participant {id: $participantId})
SET r.endedAt = CASE WHEN r.addedAt > datetime($at) THEN r.addedAt ELSE datetime($at) END
RETURN ${PARTNERSHIP_MAP} AS partnership`,
    params: { partnershipId, participantId, at },
    touches: { partnerships: [partnershipId], participants: [participantId] },
  };
}

/**
 * Every tie each partnership ever had, current and ended, oldest first: the party history.
 * The one reader that sees ended ties on purpose.
 */
export function partyHistory(partnershipIds: readonly string[]): Statement {
  return {
    cypher: `UNWIND $partnershipIds AS partnershipId
MATCH (p:Partnership {id: partnershipId})
CALL (p) {
  OPTIONAL MATCH (p)<-[r:${PARTY_TO}]-(a:Participant)
  WITH r, a ORDER BY r.addedAt, a.id, r.endedAt
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {participant: ${projection('a', PARTICIPANT.properties)},
    role: r.role, addedAt: r.addedAt, removedAt: r.endedAt} END) AS periods
}
RETURN partnershipId, periods`,
    params: { partnershipIds: [...partnershipIds] },
  };
}

export function assignOwner(partnershipId: string, teamMemberId: string): Statement {
  return {
    cypher: `MATCH (p:Partnership {id: $partnershipId}), (owner:TeamMember {id: $teamMemberId})
MERGE (owner)-[:OWNS]->(p)
SET p.updatedAt = datetime()
RETURN ${PARTNERSHIP_MAP} AS partnership`,
    params: { partnershipId, teamMemberId },
  };
}

/** Removes an owner; the partnership's lock is taken first so the last owner check holds. */
export function lockOwners(partnershipId: string, teamMemberId: string): Statement {
  return {
    cypher: `MATCH (p:Partnership {id: $partnershipId})
SET p.updatedAt = datetime()
RETURN p.stage AS stage, COUNT { (p)<-[:OWNS]-(:TeamMember) } AS owners,
  EXISTS { (p)<-[:OWNS]-(:TeamMember {id: $teamMemberId}) } AS owns`,
    params: { partnershipId, teamMemberId },
  };
}

export function removeOwner(partnershipId: string, teamMemberId: string): Statement {
  return {
    cypher: `MATCH (p:Partnership {id: $partnershipId})<-[o:OWNS]-(:TeamMember {id: $teamMemberId})
DELETE o
RETURN ${PARTNERSHIP_MAP} AS partnership`,
    params: { partnershipId, teamMemberId },
  };
}
