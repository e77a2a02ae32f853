/**
 * The team-member and committee write statements, as pure builders (no I/O) so tests can
 * snapshot them. Reads (lists, counts, by id, hops) come from the generic builders.
 */
import type { Statement } from '../../db/gateway';
import { projection } from '../../db/cypher';
import { COMMITTEE, PARTNERSHIP, TEAM_MEMBER } from '../../model/nodes';

const TEAM_MEMBER_OF = (variable: string) => projection(variable, TEAM_MEMBER.properties);
const COMMITTEE_OF = (variable: string) => projection(variable, COMMITTEE.properties);

export function teamMemberByClientKey(clientKey: string): Statement {
  return {
    cypher: `MATCH (n:TeamMember {clientKey: $clientKey}) RETURN ${TEAM_MEMBER_OF('n')} AS teamMember`,
    params: { clientKey },
  };
}

/** The member already using this e-mail (e-mails are unique and stored in lower case). */
export function emailHolder(email: string): Statement {
  return { cypher: 'MATCH (n:TeamMember {email: $email}) RETURN n.id AS id', params: { email } };
}

export interface TeamMemberWrite {
  name: string;
  role: string;
  email: string;
}

/** MERGE on the id generated before the transaction makes the driver's retries harmless. */
export function createTeamMember(id: string, clientKey: string | null, fields: TeamMemberWrite): Statement {
  return {
    cypher: `MERGE (n:TeamMember {id: $id})
ON CREATE SET n += $fields, n.clientKey = $clientKey, n.createdAt = datetime(), n.updatedAt = datetime()
RETURN ${TEAM_MEMBER_OF('n')} AS teamMember`,
    params: { id, clientKey, fields },
  };
}

export function committeeByClientKey(clientKey: string): Statement {
  return {
    cypher: `MATCH (n:Committee {clientKey: $clientKey}) RETURN ${COMMITTEE_OF('n')} AS committee`,
    params: { clientKey },
  };
}

export interface CommitteeWrite {
  name: string;
  kind: string;
}

export function createCommittee(id: string, clientKey: string | null, fields: CommitteeWrite): Statement {
  return {
    cypher: `MERGE (n:Committee {id: $id})
ON CREATE SET n += $fields, n.clientKey = $clientKey, n.createdAt = datetime(), n.updatedAt = datetime()
RETURN ${COMMITTEE_OF('n')} AS committee`,
    params: { id, clientKey, fields },
  };
}

/** MERGE keeps one MEMBER_OF however often it is asked; the committee changes only the first time. */
export function addCommitteeMember(committeeId: string, teamMemberId: string): Statement {
  return {
    cypher: `MATCH (c:Committee {id: $committeeId}), (t:TeamMember {id: $teamMemberId})
MERGE (t)-[:MEMBER_OF]->(c)
ON CREATE SET c.updatedAt = datetime()
RETURN ${COMMITTEE_OF('c')} AS committee, ${TEAM_MEMBER_OF('t')} AS teamMember`,
    params: { committeeId, teamMemberId },
  };
}

/** MERGE keeps one OVERSEES however often it is asked. */
export function overseePartnership(committeeId: string, partnershipId: string): Statement {
  return {
    cypher: `MATCH (c:Committee {id: $committeeId}), (p:Partnership {id: $partnershipId})
MERGE (c)-[:OVERSEES]->(p)
ON CREATE SET c.updatedAt = datetime()
RETURN ${COMMITTEE_OF('c')} AS committee, ${projection('p', PARTNERSHIP.properties)} AS partnership`,
    params: { committeeId, partnershipId },
  };
}
