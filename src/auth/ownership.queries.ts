/**
 * The MANAGER row rule's statement: from every record a mutation names to its partnership, and
 * the first of those the manager does not own — one statement, whatever the number of ids.
 */
import type { Statement } from '../db/gateway';

/**
 * What MANAGER's row rule does with the id of each node type, declared for EVERY type that
 * implements Node: building the schema fails when one lacks a rule (ownershipGaps), so a new
 * child type cannot slip past the rule by being forgotten here.
 * - `partnership`: how the record leads to its partnership (labels come from this list only);
 *   a record that leads to none (an ecosystem goal, an initiative outside any partnership)
 *   belongs to no partnership and is open to every MANAGER;
 * - `open`: not a partnership's record — shared across partnerships (participants, team
 *   members) or the organisation's, whose writes the role rules keep to ADMIN
 *   (ADMIN_MUTATIONS). The reason is documentation for the reader.
 */
export type OwnershipRule = { partnership: string } | { open: string };

export const OWNERSHIP: Readonly<Record<string, OwnershipRule>> = {
  Partnership: { partnership: 'MATCH (p:Partnership {id: ref.key})' },
  Agreement: { partnership: 'MATCH (:Agreement {id: ref.key})-[:CONCERNS]->(p:Partnership)' },
  Risk: { partnership: 'MATCH (:Risk {id: ref.key})-[:CONCERNS]->(p:Partnership)' },
  Conflict: { partnership: 'MATCH (:Conflict {id: ref.key})-[:CONCERNS]->(p:Partnership)' },
  Decision: { partnership: 'MATCH (:Decision {id: ref.key})-[:CONCERNS]->(p:Partnership)' },
  ComplianceCheck: { partnership: 'MATCH (:ComplianceCheck {id: ref.key})-[:CONCERNS]->(p:Partnership)' },
  Goal: { partnership: 'MATCH (:Goal {id: ref.key})-[:FOR]->(p:Partnership)' },
  GoalProgress: {
    partnership: 'MATCH (:GoalProgress {id: ref.key})<-[:HAD_PROGRESS]-(:Goal)-[:FOR]->(p:Partnership)',
  },
  Initiative: { partnership: 'MATCH (:Initiative {id: ref.key})-[:UNDER]->(p:Partnership)' },
  Interaction: { partnership: 'MATCH (:Interaction {id: ref.key})-[:WITHIN]->(p:Partnership)' },
  StageChange: { partnership: 'MATCH (p:Partnership)-[:HAD_STAGE]->(:StageChange {id: ref.key})' },
  Survey: { partnership: 'MATCH (:Survey {id: ref.key})-[:OF]->(p:Partnership)' },
  ValueFlow: {
    partnership: 'MATCH ()-[f:VALUE_FLOW {id: ref.key}]->() MATCH (p:Partnership {id: f.partnershipId})',
  },
  Participant: { open: 'shared by every partnership it is a party to; creating and editing one is open' },
  TeamMember: { open: 'the organisation: team members are created by ADMIN only' },
  Committee: { open: 'the organisation: committee changes are ADMIN only' },
  Policy: { open: 'the organisation: policies are created by ADMIN; applying one names its partnership' },
};

/** The types whose ids lead to a partnership (and so are checked). */
export const PARTNERSHIP_OF: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(OWNERSHIP).flatMap(([type, rule]) => ('partnership' in rule ? [[type, rule.partnership]] : [])),
);

export interface RecordRef {
  /** A key of PARTNERSHIP_OF. */
  type: string;
  /** Database id. */
  key: string;
}

/**
 * The partnerships behind `refs` that TeamMember `me` does not own, in the order of the
 * references (the first one names the refusal). Each reference takes only its own branch.
 */
export function partnershipsNotOwned(refs: readonly RecordRef[], me: string): Statement {
  const branches = Object.entries(PARTNERSHIP_OF).map(
    ([type, match]) => `  WITH ref\n  WITH ref WHERE ref.type = '${type}'\n  ${match}\n  RETURN p`,
  );
  return {
    cypher: `UNWIND range(0, size($refs) - 1) AS position
WITH position, $refs[position] AS ref
CALL {
${branches.join('\n  UNION\n')}
}
WITH p, min(position) AS first
WHERE NOT EXISTS { (:TeamMember {id: $me})-[:OWNS]->(p) }
RETURN p.id AS partnership, p.name AS name
ORDER BY first`,
    params: { refs: refs.map((ref) => ({ type: ref.type, key: ref.key })), me },
  };
}
