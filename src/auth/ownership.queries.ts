/**
 * The MANAGER row rule's statement: from every record a mutation names to its partnership, and
 * the first of those the manager does not own — one statement, whatever the number of ids.
 */
import type { Statement } from '../db/gateway';

/** How each kind of record leads to its partnership (labels come from this list only). */
export const PARTNERSHIP_OF: Readonly<Record<string, string>> = {
  Partnership: 'MATCH (p:Partnership {id: ref.key})',
  Agreement: 'MATCH (:Agreement {id: ref.key})-[:CONCERNS]->(p:Partnership)',
  Risk: 'MATCH (:Risk {id: ref.key})-[:CONCERNS]->(p:Partnership)',
  Conflict: 'MATCH (:Conflict {id: ref.key})-[:CONCERNS]->(p:Partnership)',
  Decision: 'MATCH (:Decision {id: ref.key})-[:CONCERNS]->(p:Partnership)',
  ComplianceCheck: 'MATCH (:ComplianceCheck {id: ref.key})-[:CONCERNS]->(p:Partnership)',
  Goal: 'MATCH (:Goal {id: ref.key})-[:FOR]->(p:Partnership)',
  Interaction: 'MATCH (:Interaction {id: ref.key})-[:WITHIN]->(p:Partnership)',
  ValueFlow: 'MATCH ()-[f:VALUE_FLOW {id: ref.key}]->() MATCH (p:Partnership {id: f.partnershipId})',
};

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
